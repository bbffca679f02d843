/// The site's stylesheet: system fonts only, text at least 4.5:1 against its background,
/// a visible focus outline on everything focusable, and charts that scale with the page.
enum SiteStyle {
    static let css = """
    :root { --text: #1f2937; --muted: #4b5563; --link: #1d4ed8; --line: #d1d5db; --focus: #b45309; --back: #ffffff; --panel: #f3f4f6; }
    * { box-sizing: border-box; }
    body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 1rem;
      line-height: 1.5; color: var(--text); background: var(--back); }
    a { color: var(--link); }
    a:hover { text-decoration-thickness: 2px; }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    .skip { position: absolute; left: 1rem; top: -4rem; background: var(--back); padding: .5rem 1rem; z-index: 10; }
    .skip:focus { top: 1rem; }
    header.site, footer.site { background: #1e3a5f; color: #ffffff; padding: .75rem 1.5rem; }
    header.site a { color: #ffffff; font-weight: 700; font-size: 1.25rem; text-decoration: none; }
    header.site a:focus-visible { outline-color: #fbbf24; }
    footer.site { margin-top: 3rem; font-size: .875rem; }
    main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem; }
    main:focus { outline: none; }
    h1 { font-size: 1.75rem; line-height: 1.25; margin: .5rem 0 1rem; }
    h2 { font-size: 1.375rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
    h3 { font-size: 1.125rem; margin: 1.25rem 0 .5rem; }
    .lead { font-size: 1.125rem; max-width: 48rem; }
    .back { margin: 0; }
    dl.facts, dl.definition { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; max-width: 56rem; }
    dt { font-weight: 700; }
    dd { margin: 0; }
    ul.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; }
    .card { border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; background: var(--panel); }
    .card h3 { margin-top: 0; font-size: 1.0625rem; }
    .card dl { margin: 0; }
    .card dd { margin-bottom: .25rem; }
    .card dd.value { font-size: 1.25rem; font-weight: 700; }
    .card dd.value span { font-size: .875rem; font-weight: 400; }
    .controls { display: flex; flex-wrap: wrap; gap: .75rem 1.5rem; align-items: center; margin: .5rem 0 1rem; }
    .controls[hidden], .panel-choice[hidden], [hidden] { display: none !important; }
    label { font-weight: 700; margin-right: .5rem; }
    select, button { font: inherit; color: var(--text); }
    select { padding: .25rem .5rem; border: 1px solid var(--muted); border-radius: .25rem; background: var(--back); }
    .modes button { padding: .3rem .9rem; border: 2px solid var(--link); background: var(--back); color: var(--link); cursor: pointer; }
    .modes button[aria-pressed="true"] { background: var(--link); color: #ffffff; }
    .view { margin-bottom: 2rem; }
    figure.panel { margin: 0 0 1.5rem; }
    figcaption { font-weight: 700; margin-bottom: .25rem; }
    .chart-box { width: 100%; max-width: 56rem; }
    svg.chart { width: 100%; height: auto; display: block; font-size: 12px; }
    svg.chart text { fill: var(--text); }
    .grid line { stroke: var(--line); stroke-width: 1; }
    .grid line.base { stroke: var(--muted); }
    .line { fill: none; stroke-width: 2.5; }
    .band { fill-opacity: .15; }
    .point { stroke: #ffffff; stroke-width: 1; }
    .point:focus, .point.active { outline: none; stroke: #111827; stroke-width: 3; }
    .point.withheld { stroke: #6b7280; }
    .whisker { fill: none; stroke: #111827; stroke-width: 1.5; }
    .sig { fill: none; stroke: #111827; stroke-width: 1.5; }
    .sig-mark { font-size: 11px; }
    .target line, .target-line { stroke: #111827; stroke-width: 2; stroke-dasharray: 6 3; }
    .target text { font-weight: 700; }
    ul.legend { list-style: none; padding: 0; margin: .5rem 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; font-size: .9375rem; }
    ul.legend li { display: flex; align-items: center; gap: .4rem; }
    .summary { color: var(--muted); font-size: .9375rem; max-width: 56rem; }
    .table-part { overflow-x: auto; }
    table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9375rem; }
    caption { text-align: left; font-weight: 700; padding-bottom: .5rem; }
    th, td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
    thead th { background: var(--panel); }
    .keys1 td:nth-child(-n+4), .keys2 td:nth-child(n+3):nth-child(-n+5), .keys3 td:nth-child(n+4):nth-child(-n+6),
    .keys4 td:nth-child(n+5):nth-child(-n+7) { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.withheld { font-style: italic; color: var(--muted); }
    .tooltip { position: absolute; z-index: 20; max-width: 22rem; background: #111827; color: #ffffff; padding: .4rem .6rem;
      border-radius: .25rem; font-size: .875rem; pointer-events: none; }
    svg.defs { position: absolute; width: 0; height: 0; overflow: hidden; }
    @media print { .controls, .skip { display: none; } }

    """
}
