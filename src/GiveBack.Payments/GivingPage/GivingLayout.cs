namespace GiveBack.Payments.GivingPage;

/// <summary>
/// The stylesheet of every public page (<see cref="Pages.PublicPage"/>): self-contained (no CDN, no external font),
/// readable on a phone, keyboard-first. Kept in C# and written raw, since Razor would read its <c>@media</c> as code.
/// </summary>
internal static class GivingLayout
{
    public const string Styles = """
        :root{--ink:#1d2330;--muted:#5b6475;--line:#d5d9e2;--bg:#f5f6f9;--card:#fff;--accent:#1f5fbf;--accent-ink:#fff;--error:#b3261e}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
        header{background:var(--accent);color:var(--accent-ink)}
        header .bar{max-width:40rem;margin:0 auto;padding:.75rem 1rem;display:flex;justify-content:space-between;align-items:center;gap:1rem}
        header a{color:var(--accent-ink)}
        main{max-width:40rem;margin:1.25rem auto;padding:0 1rem 3rem}
        .card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:1.25rem;box-shadow:0 1px 2px rgba(0,0,0,.04)}
        h1{font-size:1.6rem;line-height:1.25;margin:0 0 .5rem}
        p.lead{color:var(--muted);margin-top:0}
        fieldset{border:0;margin:0 0 1.25rem;padding:0}
        legend,label.field{font-weight:600;display:block;margin-bottom:.4rem}
        .choices{display:flex;flex-wrap:wrap;gap:.5rem}
        .choice{position:relative}
        .choice input{position:absolute;opacity:0;width:1px;height:1px}
        .choice span{display:inline-block;min-width:5.5rem;text-align:center;padding:.6rem .9rem;border:1.5px solid var(--line);border-radius:999px;background:#fff;cursor:pointer;font-weight:600}
        .choice input:checked+span{background:var(--accent);border-color:var(--accent);color:var(--accent-ink)}
        .choice input:focus-visible+span{outline:3px solid #f2b705;outline-offset:2px}
        input[type=text],input[type=email],input[type=number],input[inputmode],select{width:100%;font:inherit;padding:.6rem .7rem;border:1.5px solid var(--line);border-radius:8px;background:#fff}
        input:focus-visible,select:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid #f2b705;outline-offset:2px}
        .row{display:grid;grid-template-columns:1fr;gap:.9rem;margin-bottom:1rem}
        @media (min-width:34rem){.row.two{grid-template-columns:1fr 1fr}}
        .check{display:flex;gap:.6rem;align-items:flex-start;margin:.5rem 0}
        .check input{width:1.2rem;height:1.2rem;margin-top:.2rem}
        .total{background:var(--bg);border-radius:8px;padding:.75rem 1rem;margin:1rem 0;font-size:1.05rem}
        .total strong{font-size:1.25rem}
        button.primary{width:100%;font:inherit;font-weight:700;font-size:1.1rem;padding:.85rem 1rem;border:0;border-radius:10px;background:var(--accent);color:var(--accent-ink);cursor:pointer}
        button.secondary{font:inherit;padding:.6rem 1rem;border:1.5px solid var(--accent);border-radius:10px;background:#fff;color:var(--accent);cursor:pointer}
        .error{color:var(--error);font-weight:600;margin:.3rem 0 0}
        .notice{border-left:4px solid var(--accent);background:#eef3fb;padding:.75rem 1rem;border-radius:6px;margin-bottom:1rem}
        .notice.bad{border-color:var(--error);background:#fbeeee}
        .muted{color:var(--muted);font-size:.9rem}
        .progress{height:.5rem;background:var(--line);border-radius:999px;overflow:hidden;margin:.5rem 0 1rem}
        .progress span{display:block;height:100%;background:#2e9e5b}
        dl{display:grid;grid-template-columns:auto 1fr;gap:.3rem 1rem}dt{font-weight:600}dd{margin:0}
        """;
}
