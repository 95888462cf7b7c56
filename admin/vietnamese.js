/*
 * The CMS's interface wholly in Vietnamese. Decap's own Vietnamese strings (decap-cms-locales) lack some that its
 * English has, and the CMS then shows the English one ("Replace with URL", the text editor's buttons, the notes of the
 * editorial workflow). These are added here, over Decap's own, before the CMS reads its configuration; AdminCmsTest
 * checks that no English string is left.
 */
(function () {
  'use strict';
  var missing = {
    auth: {
      loginWithAzure: 'Đăng nhập bằng Azure',
      loginWithForgejo: 'Đăng nhập bằng Forgejo'
    },
    collection: {
      collectionTop: {
        viewAsList: 'Xem dạng danh sách',
        viewAsGrid: 'Xem dạng lưới',
        groupBy: 'Nhóm theo'
      },
      entries: { unpublishedHeader: 'Mục chưa công bố' },
      groups: { other: 'Khác', negateLabel: 'Không phải %{label}' }
    },
    editor: {
      editorControl: { field: { widgetLabel: 'Trường %{widgetLabel}' } },
      editorControlPane: {
        i18n: {
          writingInLocale: 'Đang viết bằng %{locale}',
          copyFromLocale: 'Điền từ ngôn ngữ khác',
          copyFromLocaleConfirm: 'Điền nội dung từ ngôn ngữ %{locale}?\nMọi nội dung đang có sẽ bị ghi đè.'
        }
      },
      editorInterface: {
        toggleI18n: 'Bật/tắt đa ngôn ngữ',
        togglePreview: 'Bật/tắt khung xem trước',
        toggleScrollSync: 'Cuộn hai khung cùng nhau',
        toggleNotes: 'Bật/tắt ghi chú'
      },
      editorNotesPane: {
        title: 'Ghi chú',
        emptyState: 'Chưa có ghi chú nào. Viết ghi chú đầu tiên ở dưới để trao đổi với người duyệt.',
        addNote: 'Thêm ghi chú',
        addPlaceholder: 'Viết ghi chú…',
        editPlaceholder: 'Sửa ghi chú…',
        save: 'Lưu',
        cancel: 'Huỷ',
        edit: 'Sửa',
        delete: 'Xoá',
        resolve: 'Đánh dấu đã xử lý',
        unresolve: 'Mở lại',
        confirmDelete: 'Xoá ghi chú này?',
        shortcut: 'Mẹo: nhấn Ctrl+Enter để thêm ghi chú nhanh'
      },
      editorToolbar: {
        statusInfoTooltipDraft: 'Mục đang là bản nháp. Khi viết xong, chuyển trạng thái sang “Đang xét duyệt” để gửi duyệt.',
        statusInfoTooltipInReview: 'Mục đang được xét duyệt; bạn không cần làm gì thêm, nhưng vẫn có thể sửa tiếp trong lúc chờ.'
      },
      editorWidgets: {
        markdown: {
          bold: 'In đậm',
          italic: 'In nghiêng',
          strikethrough: 'Gạch ngang',
          code: 'Mã',
          link: 'Liên kết',
          linkPrompt: 'Nhập địa chỉ của liên kết',
          headings: 'Tiêu đề mục',
          quote: 'Trích dẫn',
          bulletedList: 'Danh sách gạch đầu dòng',
          numberedList: 'Danh sách đánh số',
          addComponent: 'Chèn thành phần',
          toggleMode: {
            rich: 'Chuyển sang văn bản định dạng',
            markdown: 'Chuyển sang Markdown'
          }
        },
        image: {
          chooseMultiple: 'Chọn các hình',
          chooseUrl: 'Chèn từ một địa chỉ web',
          replaceUrl: 'Thay bằng một địa chỉ web',
          promptUrl: 'Nhập địa chỉ web của hình',
          addMore: 'Thêm hình',
          removeAll: 'Gỡ bỏ mọi hình'
        },
        file: {
          chooseUrl: 'Chèn từ một địa chỉ web',
          chooseMultiple: 'Chọn các tập tin',
          replaceUrl: 'Thay bằng một địa chỉ web',
          promptUrl: 'Nhập địa chỉ web của tập tin',
          addMore: 'Thêm tập tin',
          removeAll: 'Gỡ bỏ mọi tập tin'
        },
        datetime: { setToNow: 'Đặt %{fieldLabel} là hôm nay' },
        list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
        object: { expand: 'Mở ra', collapse: 'Thu gọn' }
      }
    },
    mediaLibrary: {
      mediaLibraryCard: {
        copy: 'Sao chép',
        copyUrl: 'Sao chép địa chỉ',
        copyPath: 'Sao chép đường dẫn',
        copyName: 'Sao chép tên',
        copied: 'Đã sao chép'
      },
      mediaLibraryModal: { close: 'Đóng' }
    },
    ui: {
      settingsDropdown: { account: 'Trình đơn tài khoản' },
      toast: {
        noteAdded: 'Đã thêm ghi chú',
        onFailToAddNote: 'Không thêm được ghi chú: %{details}',
        noteUpdated: 'Đã sửa ghi chú',
        onFailToUpdateNote: 'Không sửa được ghi chú: %{details}',
        noteDeleted: 'Đã xoá ghi chú',
        onFailToDeleteNote: 'Không xoá được ghi chú: %{details}',
        noteResolved: 'Đã đánh dấu ghi chú là đã xử lý',
        noteReopened: 'Đã mở lại ghi chú',
        onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}'
      }
    }
  };

  /** Decap's phrases with ours added where Decap has none; Decap's own Vietnamese is kept. */
  function fill(own, extra) {
    var out = Object.assign({}, own);
    Object.keys(extra).forEach(function (k) {
      var e = extra[k];
      if (e && typeof e === 'object') out[k] = fill(own && typeof own[k] === 'object' ? own[k] : {}, e);
      else if (!own || own[k] === undefined) out[k] = e;
    });
    return out;
  }

  if (window.CMS) window.CMS.registerLocale('vi', fill(window.CMS.getLocale('vi') || {}, missing));
}());
