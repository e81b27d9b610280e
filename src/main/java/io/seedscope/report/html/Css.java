package io.seedscope.report.html;

/** The page's only style sheet, inlined in a {@code <style>} element (CSP allows inline style). */
final class Css {
  private Css() {}

  static final String STYLE =
      """
      :root{--ink:#1b1b1b;--muted:#555;--line:#d9d9d9;--ok:#00704f;--bad:#b34700;--warn:#8a6d00}
      *{box-sizing:border-box}
      body{margin:0;color:var(--ink);background:#fff;font:15px/1.5 "DejaVu Sans",system-ui,sans-serif}
      header,main,footer{max-width:1180px;margin:0 auto;padding:0 20px}
      header{padding-top:18px;border-bottom:1px solid var(--line)}
      h1{font-size:1.6em;margin:.2em 0;overflow-wrap:anywhere}
      h2{font-size:1.3em;margin:1.6em 0 .5em;padding-bottom:.2em;border-bottom:2px solid var(--line)}
      h3{font-size:1.1em;margin:1.3em 0 .4em}
      h4{font-size:1em;margin:1em 0 .3em}
      .sub,.note,.rule,figcaption,caption{color:var(--muted)}
      .note,figcaption,caption{font-size:.9em}
      nav ol{display:flex;flex-wrap:wrap;gap:.3em 1.2em;padding:0;margin:.6em 0;list-style:none}
      nav a{color:#0060a0}
      .badge{display:inline-block;padding:.05em .55em;border-radius:.8em;font-weight:bold;font-size:.9em;border:1px solid}
      .badge.ok{color:var(--ok);background:#e3f4ee}
      .badge.bad{color:var(--bad);background:#fbeadf}
      .badge.unknown{color:var(--muted);background:#eee}
      ul.verdicts{list-style:none;padding:0}
      ul.verdicts li{margin:.35em 0;overflow-wrap:anywhere}
      .warnings{border:1px solid #e0c96b;background:#fff8dc;padding:.4em 1em;margin:1em 0}
      .warnings h2{border:0;margin:.3em 0;font-size:1.1em;color:var(--warn)}
      .scroll{overflow-x:auto}
      table{border-collapse:collapse;margin:.6em 0 1.2em;font-size:.92em}
      caption{text-align:left;padding:.2em 0}
      th,td{border-bottom:1px solid var(--line);padding:.3em .6em;text-align:left;vertical-align:top}
      thead th{border-bottom:2px solid #999;white-space:nowrap}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      td.bad{color:var(--bad);font-weight:bold}
      td.warn{color:var(--warn);font-weight:bold}
      td.config,table.kv td{overflow-wrap:anywhere}
      figure{margin:.8em 0 1.4em}
      .nochart{color:var(--muted);font-style:italic}
      .chart{display:block;max-width:100%;height:auto}
      .panels{display:flex;flex-wrap:wrap;gap:0 24px}
      .panels figure{flex:0 1 420px}
      pre{background:#f6f6f6;border:1px solid var(--line);padding:.6em;overflow-x:auto;white-space:pre-wrap;font-size:.85em}
      details{margin:.4em 0}
      footer{margin-top:2em;padding-bottom:2em;border-top:1px solid var(--line);color:var(--muted);font-size:.85em}
      @media print{nav{display:none}figure,table{break-inside:avoid}}
      """;
}
