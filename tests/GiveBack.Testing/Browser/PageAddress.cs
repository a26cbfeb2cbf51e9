using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GiveBack.Testing.Browser;

/// <summary>How the browser tests wait for a page to reach an address.</summary>
public static class PageAddress
{
    /// <summary>
    /// Waits until the page's address holds <paramref name="fragment"/>, by polling the address. Playwright's
    /// WaitForURL waits for the load event when the address already matches (even when asked only for the commit), and
    /// a busy Chromium has been seen never to report it for a page that had arrived; what a test checks next waits for
    /// itself. (Playwright takes no regular expression options here: no culture flag.)
    /// </summary>
    public static Task ArrivedAtAsync(IPage page, string fragment) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(fragment)));
}
