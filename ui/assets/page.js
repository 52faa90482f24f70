// Trợ lý Văn bản: citation markers, copy buttons and Vietnamese labels for Gradio's own (English) controls.
(() => {
  document.documentElement.lang = "vi";

  // Gradio has no Vietnamese translation; its English labels are replaced where they appear.
  const VI = {
    "Clear": "Xóa hội thoại", "Like": "Hữu ích", "Dislike": "Chưa hữu ích", "Copy message": "Sao chép",
    "Copied message": "Đã sao chép", "Copy": "Sao chép", "Copied": "Đã sao chép",
    "Drop File Here": "Kéo thả tệp vào đây", "Click to Upload": "Nhấn để chọn tệp", "or": "hoặc", "- or -": "- hoặc -",
    "Download": "Tải xuống", "Remove": "Xóa", "Loading": "Đang tải", "Loading...": "Đang tải...", "Error": "Lỗi",
    "Warning": "Cảnh báo", "Info": "Thông báo", "Close": "Đóng", "Uploading...": "Đang tải lên...",
    "processing": "đang xử lý", "Empty": "Trống", "Edit": "Sửa", "Undo": "Hoàn tác", "Submit": "Gửi",
    "Sort column": "Sắp xếp cột", "Sort ascending": "Sắp xếp tăng dần", "Sort descending": "Sắp xếp giảm dần",
    "Clear sort": "Bỏ sắp xếp", "Filter": "Lọc", "Clear filters": "Bỏ lọc", "Filter...": "Lọc...",
    "Search...": "Tìm...", "Search": "Tìm", "Add row above": "Thêm dòng phía trên",
    "Add row below": "Thêm dòng phía dưới", "Delete row": "Xóa dòng", "New row": "Dòng mới",
    "Add column to the left": "Thêm cột bên trái", "Add column to the right": "Thêm cột bên phải",
    "Delete column": "Xóa cột", "Add column": "Thêm cột", "Fullscreen": "Toàn màn hình",
    "Exit fullscreen mode": "Thoát toàn màn hình", "Select all": "Chọn tất cả", "Scroll to bottom": "Cuộn xuống cuối",
    "Drop CSV or TSV files here to import data into dataframe": "Thả tệp CSV hoặc TSV vào đây để nhập dữ liệu",
    "Connection errored out.": "Mất kết nối tới máy chủ.", "Lost connection due to leaving page. Rejoining queue...":
      "Mất kết nối do rời trang. Đang kết nối lại...", "Rows": "Dòng",
    "Type and press Enter...": "Nhập rồi nhấn Enter...",
    "Click to upload or drop files": "Nhấn để chọn tệp hoặc kéo thả tệp vào đây", "File upload": "Tải tệp lên",
    "More tabs": "Thêm thẻ", "Open cell menu": "Mở menu ô", "Static column": "Cột không sửa được",
    "Table actions": "Thao tác với bảng", "chatbot conversation": "Hội thoại", "Copy table data": "Sao chép bảng",
    "Enter text to filter the table": "Nhập chữ để lọc bảng", "common.complete": "Hoàn tất",
  };
  const PATTERNS = [[/^processing\b/, "đang xử lý"], [/^queue:/, "hàng đợi:"], [/^In queue:/, "Đang chờ:"]];
  const ATTRIBUTES = ["aria-label", "title", "placeholder"];
  const OURS = ".tlvb-answer, .tlvb-panel, .tlvb-quiz, .tlvb-results, textarea, input, td";  // document text: untouched

  function translate(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue.trim();
      if (!text || node.parentElement?.closest(OURS)) {
        continue;
      }
      if (VI[text]) {
        node.nodeValue = node.nodeValue.replace(text, VI[text]);
        continue;
      }
      for (const [pattern, replacement] of PATTERNS) {
        if (pattern.test(text)) node.nodeValue = node.nodeValue.replace(pattern, replacement);
      }
    }
    const elements = [root, ...root.querySelectorAll("[aria-label], [title], [placeholder]")];
    for (const el of elements) {
      for (const name of ATTRIBUTES) {
        const value = el.getAttribute?.(name);
        if (value && VI[value.trim()]) el.setAttribute(name, VI[value.trim()]);
      }
    }
  }

  let pending = false;
  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; translate(document.body); });
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    const area = document.createElement("textarea");  // plain-HTTP intranet pages have no clipboard API
    area.value = text;
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    document.execCommand("copy");
    area.remove();
    return Promise.resolve();
  }

  document.addEventListener("click", (event) => {
    const link = event.target.closest?.('a[href^="#cite-"], a[href^="#copy-"]');
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    const href = link.getAttribute("href");
    if (href.startsWith("#cite-")) {
      window.tlvbCite = href.slice("#cite-".length);
      document.querySelector("#cite-open")?.click();
      return;
    }
    const answer = link.closest(".tlvb-answer");
    const actions = answer.querySelector(".tlvb-actions");
    const text = answer.innerText.replace(actions ? actions.innerText : "", "").trim();
    copy(text).then(() => {
      const label = link.textContent;
      link.textContent = "✓ Đã sao chép";
      setTimeout(() => { link.textContent = label; }, 1500);
    });
  }, true);

  // After a citation opens, scroll its passage so that the highlighted words are in view.
  window.tlvbShowMark = () => {
    const box = document.getElementById("tlvb-passage");
    const mark = box && box.querySelector("mark");
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 48);
  };

  function start() {
    translate(document.body);
    new MutationObserver(schedule).observe(document.body, {childList: true, subtree: true, characterData: true});
  }
  if (document.body) start(); else document.addEventListener("DOMContentLoaded", start);
})();
