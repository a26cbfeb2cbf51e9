namespace GiveBack.GivingDays.Pages;

/// <summary>The giving-day page's and the big screen's stylesheet: self-contained, readable on a phone and across a room.</summary>
internal static class GivingDayStyles
{
    public const string Page = """
        :root{--ink:#1d2330;--muted:#4f5868;--line:#d5d9e2;--bg:#f5f6f9;--card:#fff;--accent:#1f5fbf;--accent-ink:#fff;--good:#1e7d46}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:var(--bg)}
        header{background:var(--accent);color:var(--accent-ink)}
        header .bar{max-width:60rem;margin:0 auto;padding:.75rem 1rem;display:flex;justify-content:space-between;gap:1rem}
        header a{color:var(--accent-ink)}
        main{max-width:60rem;margin:1.25rem auto;padding:0 1rem 3rem;display:grid;gap:1rem}
        section{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:1.25rem}
        h1{font-size:1.8rem;line-height:1.2;margin:0 0 .25rem}h2{font-size:1.2rem;margin:0 0 .75rem}
        .lead{color:var(--muted);margin:0}
        .figures{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:baseline;margin:.5rem 0}
        .big{font-size:2.6rem;font-weight:800;line-height:1}
        .progress{height:.75rem;background:var(--line);border-radius:999px;overflow:hidden;margin:.75rem 0}
        .progress span{display:block;height:100%;background:var(--good);width:0}
        .give{display:inline-block;font-weight:700;font-size:1.1rem;padding:.8rem 1.4rem;border-radius:10px;background:var(--accent);color:var(--accent-ink);text-decoration:none}
        a:focus-visible{outline:3px solid #f2b705;outline-offset:2px}
        ul.plain{list-style:none;margin:0;padding:0;display:grid;gap:.4rem}
        ul.share{display:flex;flex-wrap:wrap;gap:.75rem;list-style:none;margin:0;padding:0}
        table{border-collapse:collapse;width:100%;margin-bottom:1rem}caption{text-align:left;font-weight:700;padding:.25rem 0}
        th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line)}td.n,th.n{text-align:right}
        .muted{color:var(--muted)}
        .unlocked{color:var(--good);font-weight:700}
        body.screen{background:#0b1a33;color:#fff;font-size:22px}
        body.screen main{max-width:none;grid-template-columns:2fr 1fr 1fr;padding:1.5rem}
        body.screen section{background:#13284d;border-color:#27457a}
        body.screen .big{font-size:6rem}body.screen .hero{grid-column:1/-1}
        body.screen .muted,body.screen .lead{color:#c9d6ee}
        body.screen th,body.screen td{border-color:#27457a}
        """;
}
