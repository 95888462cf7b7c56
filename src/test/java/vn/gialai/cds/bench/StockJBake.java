package vn.gialai.cds.bench;

import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import java.io.File;

/** Stock JBake 2.7 (its Oven, default renderers, nothing of ours): java … StockJBake SOURCE DESTINATION */
public final class StockJBake {
    public static void main(String[] args) {
        System.setProperty("java.util.logging.config.file", "/dev/null");
        var config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(new File(args[0]), new File(args[1]), true);
        Oven oven = new Oven(config);
        oven.bake();
        System.exit(oven.getErrors().isEmpty() ? 0 : 1);
    }

    private StockJBake() {}
}
