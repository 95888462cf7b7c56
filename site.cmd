@echo off
rem The front door on Windows: site build | serve | publish | new-article ...  (see README.md)
rem The same as ./site: compiles with Maven when the sources changed, then runs the site's own program directly,
rem so its messages and exit code reach you without Maven's. Needs Java 17 and Maven on the PATH; uses PowerShell
rem (part of Windows 10 and 11) to compare file times and to write the class path into a Java argument file.
setlocal EnableExtensions
chcp 65001 >nul
cd /d "%~dp0"
set "CP_FILE=target\runtime-classpath.txt"
set "ARGS_FILE=target\java-args.txt"
set "STAMP=target\.compiled"

if not exist "%STAMP%" goto compile
if not exist "%CP_FILE%" goto compile
if not exist "%ARGS_FILE%" goto compile
rem A file of pom.xml or src\main newer than the stamp: compile again.
powershell -NoProfile -ExecutionPolicy Bypass -Command "$s = (Get-Item 'target\.compiled').LastWriteTimeUtc; $n = @(Get-Item 'pom.xml') + @(Get-ChildItem -Recurse -File 'src\main') | Where-Object { $_.LastWriteTimeUtc -gt $s } | Select-Object -First 1; if ($n) { exit 1 } else { exit 0 }"
if errorlevel 1 goto compile
goto run

:compile
if not exist target mkdir target
call mvn -q -B -Dstyle.color=never compile jar:jar dependency:build-classpath -Dmdep.outputFile="%CP_FILE%" -DincludeScope=runtime > target\compile.log 2>&1
if errorlevel 1 goto compile_failed
rem The class path goes into a Java argument file (it is longer than a cmd variable may be), with forward slashes:
rem an argument file reads a backslash inside quotes as an escape.
powershell -NoProfile -ExecutionPolicy Bypass -Command "$cp = (Get-Content -Raw 'target\runtime-classpath.txt').Trim() -replace '\\', '/'; Set-Content -Encoding Default -Path 'target\java-args.txt' -Value ('-cp ' + [char]34 + 'target/site.jar;' + $cp + [char]34)"
if errorlevel 1 exit /b 2
type nul > "%STAMP%"

:run
rem The JVM's options are in jvm.options (one definition, with the reason for each). Unlike ./site, no class data
rem sharing archive (target/site.jsa) is kept here: each run reads the classes from the jars.
java "@jvm.options" "@%ARGS_FILE%" vn.gialai.cds.cli.Main %*
exit /b %ERRORLEVEL%

:compile_failed
type target\compile.log 1>&2
echo The site's Java code did not compile (see above). 1>&2
exit /b 2
