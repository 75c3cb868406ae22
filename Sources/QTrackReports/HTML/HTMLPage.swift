/// One self-contained HTML page: styles and script inline, nothing fetched. Everything is in the markup,
/// so the page reads without JavaScript; the script adds the filters (by kind, section and words), which
/// also start from the address (`?kind=added,removed&section=…&q=…`) so a filtered view can be shared.
struct HTMLPage {
    var title: String
    var subtitle: String
    var body: [String] = []

    static func escape(_ text: String) -> String { XML.escape(text) }

    /// Word-level changes as `<del>` and `<ins>`, which say what they are to a screen reader and in print.
    static func diff(_ segments: [(operation: String, text: String)]) -> String {
        segments.map { segment in
            switch segment.operation {
            case "insert": "<ins>\(escape(segment.text))</ins>"
            case "delete": "<del>\(escape(segment.text))</del>"
            default: escape(segment.text)
            }
        }.joined(separator: " ")
    }

    /// The filter form for the rows of class `item` below it: one checkbox per kind, a section list, a search box.
    static func filters(kinds: [(value: String, label: String, checked: Bool)], sections: [String]) -> String {
        var html = "<form class=\"filters\" id=\"filters\" hidden><fieldset><legend>Show</legend>"
        for kind in kinds {
            html +=
                "<label><input type=\"checkbox\" name=\"kind\" value=\"\(escape(kind.value))\"\(kind.checked ? " checked" : "")> \(escape(kind.label))</label> "
        }
        html += "</fieldset>"
        if sections.count > 1 {
            html += "<label>Section <select name=\"section\" id=\"section\"><option value=\"\">all sections</option>"
            for section in sections { html += "<option>\(escape(section))</option>" }
            html += "</select></label> "
        }
        html += "<label>Search <input type=\"search\" name=\"q\" id=\"search\" placeholder=\"words in the question\"></label> "
        html += "<output id=\"shown\" aria-live=\"polite\"></output></form>"
        return html
    }

    func rendered() -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="qtrack">
        <title>\(Self.escape(title))</title>
        <style>\(Self.style)</style>
        </head>
        <body>
        <header><h1>\(Self.escape(title))</h1><p class="subtitle">\(Self.escape(subtitle))</p></header>
        <main>
        \(body.joined(separator: "\n"))
        </main>
        <footer>Made by qtrack. Marks: <ins>inserted</ins> <del>deleted</del>; + added, − removed, ~ changed, = unchanged.</footer>
        <script>\(Self.script)</script>
        </body>
        </html>

        """
    }

    static let style = """
        :root { --ink: #1b1b1b; --muted: #5a5a5a; --line: #d0d0d0; --ins: #e3f4e1; --del: #fbe4e4; --accent: #1f4e79; }
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1400px; padding: 1.5rem; }
        h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--accent); }
        .subtitle, footer, small, .ref { color: var(--muted); }
        .summary { display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; list-style: none; }
        .summary li a, .summary li span { display: inline-block; padding: .3rem .6rem; border: 1px solid var(--line); border-radius: .4rem; text-decoration: none; color: var(--ink); }
        .summary b { font-variant-numeric: tabular-nums; }
        .filters { position: sticky; top: 0; background: #fff; padding: .5rem 0; border-bottom: 1px solid var(--line); z-index: 1; }
        .filters fieldset { display: inline; border: none; padding: 0; margin: 0 1rem 0 0; } .filters legend { float: left; margin-right: .5rem; font-weight: 600; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; } th, td { border: 1px solid var(--line); padding: .4rem .5rem; vertical-align: top; text-align: left; }
        th { background: #f3f5f8; position: sticky; top: 3rem; }
        td.kind { white-space: nowrap; width: 11rem; } .mark { font-weight: 700; font-family: ui-monospace, monospace; margin-right: .3rem; }
        tr.added td.c2, tr.added td.kind { background: var(--ins); } tr.removed td.c1, tr.removed td.kind { background: var(--del); }
        tr.unanswered td.kind, tr.uncovered td.kind { background: var(--del); } tr.weak td.kind, tr.placeholder td.kind, tr.partial td.kind { background: #fff1c7; }
        details summary { cursor: pointer; color: var(--accent); font-size: .85rem; } p.warning { color: #8a4b00; }
        ins { background: var(--ins); text-decoration: underline; text-decoration-thickness: 2px; } del { background: var(--del); text-decoration: line-through; }
        .from { font-style: italic; } .empty { color: var(--muted); font-style: italic; }
        .scroll { overflow-x: auto; max-width: 100%; } table.matrix { font-size: .75rem; table-layout: fixed; width: 100%; } table.matrix th[scope=col] { position: static; font-size: .68rem; overflow-wrap: break-word; hyphens: auto; }
        table.matrix th[scope=col]:first-child { width: 10rem; } table.matrix th[scope=col]:nth-child(2) { width: 4.5rem; }
        table.matrix td { text-align: center; overflow-wrap: anywhere; } table.matrix th[scope=row] { text-align: left; position: sticky; left: 0; background: #fff; overflow-wrap: anywhere; }
        td.strong { background: #cfe8cf; } td.weak { background: #fff1c7; } .flag { font-weight: 700; }
        @media print { .filters, script { display: none !important; } .scroll { overflow: visible; } table.matrix { font-size: 8px; } table.matrix th[scope=col] { font-size: 7px; } table.matrix th[scope=col]:first-child { width: 90px; } table.matrix th[scope=col]:nth-child(2) { width: 45px; } tr[hidden] { display: table-row !important; } th { position: static; } body { max-width: none; padding: 0; font-size: 11px; } a { color: inherit; text-decoration: none; } }
        """

    static let script = """
        (function () {
          var form = document.getElementById('filters'); if (!form) return;
          form.hidden = false;
          var table = form.nextElementSibling;
          var rows = table ? Array.prototype.slice.call(table.querySelectorAll('tr.item')) : [];
          var section = document.getElementById('section'), search = document.getElementById('search'), shown = document.getElementById('shown');
          var params = new URLSearchParams(location.search);
          if (params.get('kind')) { var wanted = params.get('kind').split(','); form.querySelectorAll('input[name=kind]').forEach(function (box) { box.checked = wanted.indexOf(box.value) >= 0; }); }
          if (params.get('section') && section) section.value = params.get('section');
          if (params.get('q')) search.value = params.get('q');
          function apply() {
            var kinds = {}; form.querySelectorAll('input[name=kind]:checked').forEach(function (box) { kinds[box.value] = true; });
            var place = section ? section.value : '', words = search.value.toLowerCase().trim(), count = 0;
            rows.forEach(function (row) {
              var ok = row.dataset.kinds.split(' ').some(function (kind) { return kinds[kind]; })
                && (!place || row.dataset.section === place) && (!words || row.dataset.text.indexOf(words) >= 0);
              row.hidden = !ok; if (ok) count++;
            });
            shown.textContent = count + ' of ' + rows.length + ' shown';
            document.body.dataset.shown = count;
          }
          form.addEventListener('input', apply); form.addEventListener('change', apply);
          document.querySelectorAll('a[data-kind]').forEach(function (link) {
            link.addEventListener('click', function () { form.querySelectorAll('input[name=kind]').forEach(function (box) { box.checked = box.value === link.dataset.kind; }); apply(); });
          });
          apply();
        })();
        """
}
