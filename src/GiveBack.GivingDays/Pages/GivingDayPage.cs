using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using GiveBack.Domain.Money;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.GivingDays.Days;
using GiveBack.GivingDays.Live;

namespace GiveBack.GivingDays.Pages;

/// <summary>
/// The giving-day page and the big screen, written on the server with the figures of the moment (readable without
/// script, and what a link preview reads), then kept live by <c>live.js</c> from the hub. Every value is HTML-encoded;
/// the words come from <see cref="GivingDayTexts"/>, and the script's templates ride in <c>data-</c> attributes.
/// </summary>
internal static class GivingDayPage
{
    /// <summary>Where the page's links and tags point: absolute for what leaves the site (tags, share links).</summary>
    public sealed record Addresses(string Page, string Card, string Give, string SwitchLanguage);

    public static string Render(GivingDayTexts t, GivingDayRecord day, CampaignView campaign, Addresses at, bool screen)
    {
        var definition = campaign.Definition;
        var progress = campaign.Progress;
        var currency = definition.Currency;
        var title = day.Headline is { Length: > 0 } headline ? $"{definition.Name} — {headline}" : definition.Name;
        var description = string.Format(
            t.Culture, t.Description, t.Money(progress.RaisedAmount, currency), t.Number(progress.DonorCount), t.Money(definition.GoalAmount, currency));
        var percent = definition.GoalAmount > 0 ? Math.Min(100m, 100m * progress.RaisedAmount / definition.GoalAmount) : 0m;
        var html = new Html();
        html.Raw("<!DOCTYPE html>\n<html lang=\"").Text(t.Language).Raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<title>").Text(title).Raw("</title>\n");
        if (screen)
        {
            html.Raw("<meta name=\"robots\" content=\"noindex\">\n");
        }
        else
        {
            html.Meta("description", description)
                .Property("og:type", "website").Property("og:title", title).Property("og:description", description)
                .Property("og:url", at.Page).Property("og:image", at.Card).Property("og:image:width", "1200").Property("og:image:height", "630")
                .Meta("twitter:card", "summary_large_image").Meta("twitter:title", title).Meta("twitter:description", description).Meta("twitter:image", at.Card);
        }

        html.Raw("<style>").Raw(GivingDayStyles.Page).Raw("</style>\n")
            .Raw("<script src=\"").Text(GivingDayPaths.Script).Raw("\" defer></script>\n</head>\n");
        html.Raw("<body").Raw(screen ? " class=\"screen\"" : string.Empty)
            .Data("slug", day.Slug).Data("lang", t.Language).Data("currency", currency).Data("digits", Currency.MinorDigitsOf(currency).ToString(CultureInfo.InvariantCulture))
            .Data("hub", GivingDayHub.Path).Data("starts", Iso(day.StartsAt)).Data("ends", Iso(day.EndsAt))
            .Data("t-left", t.TimeLeft).Data("t-starts", t.StartsIn).Data("t-ended", t.Ended).Data("t-match-amount", t.MatchPerAmount)
            .Data("t-match-donor", t.MatchPerDonor).Data("t-no-matches", t.NoMatches).Data("t-challenge", t.ChallengeLine).Data("t-unlocked", t.ChallengeUnlocked)
            .Data("t-no-challenges", t.NoChallenges).Data("t-class-of", t.ClassOf).Data("t-wall-class", t.WallClass).Data("t-wall-empty", t.WallEmpty)
            .Raw(">\n<header><div class=\"bar\"><span>").Text(screen ? t.ScreenLabel : definition.Name).Raw("</span><a id=\"language\" href=\"").Text(at.SwitchLanguage)
            .Raw("\" hreflang=\"").Text(t.Language == "fr" ? "en" : "fr").Raw("\">").Text(t.OtherLanguage).Raw("</a></div></header>\n<main id=\"main\">\n");

        html.Raw("<section class=\"hero\" aria-labelledby=\"title\">\n<h1 id=\"title\">").Text(definition.Name).Raw("</h1>\n");
        if (day.Headline is { Length: > 0 })
        {
            html.Raw("<p class=\"lead\">").Text(day.Headline).Raw("</p>\n");
        }

        html.Raw("<div class=\"figures\"><p><span id=\"total\" class=\"big\">").Text(t.Money(progress.RaisedAmount, currency)).Raw("</span> ").Text(t.Raised)
            .Raw("</p><p><span id=\"donors\" class=\"big\">").Text(t.Number(progress.DonorCount)).Raw("</span> ").Text(t.DonorsLabel)
            .Raw("</p></div>\n<p>").Text(t.GoalLabel).Raw(" <strong id=\"goal\">").Text(t.Money(definition.GoalAmount, currency)).Raw("</strong></p>\n")
            .Raw("<div class=\"progress\" aria-hidden=\"true\"><span id=\"bar\" style=\"width:").Text(percent.ToString("0.##", CultureInfo.InvariantCulture)).Raw("%\"></span></div>\n")
            .Raw("<p id=\"time-left\" aria-live=\"off\">—</p>\n");
        if (!screen)
        {
            html.Raw("<p><a class=\"give\" href=\"").Text(at.Give).Raw("\">").Text(t.Give).Raw("</a></p>\n");
        }

        html.Raw("</section>\n");
        if (!screen)
        {
            var text = string.Format(t.Culture, t.ShareText, definition.Name);
            var page = Uri.EscapeDataString(at.Page);
            html.Raw("<section aria-labelledby=\"share-title\"><h2 id=\"share-title\">").Text(t.ShareTitle).Raw("</h2><ul class=\"share\">")
                .Link($"https://www.linkedin.com/sharing/share-offsite/?url={page}", t.ShareLinkedIn, "share-linkedin")
                .Link($"https://www.facebook.com/sharer/sharer.php?u={page}", t.ShareFacebook, "share-facebook")
                .Link($"https://x.com/intent/post?url={page}&text={Uri.EscapeDataString(text)}", t.ShareX, "share-x")
                .Link($"mailto:?subject={Uri.EscapeDataString(text)}&body={Uri.EscapeDataString($"{text}: {at.Page}")}", t.ShareEmail, "share-email")
                .Raw("</ul></section>\n");
        }

        html.Section("challenges", t.ChallengesTitle).Section("matches", t.MatchesTitle);
        html.Raw("<section aria-labelledby=\"boards-title\"><h2 id=\"boards-title\">").Text(t.BoardsTitle).Raw("</h2>\n<p>").Text(t.ClassOfTheHour)
            .Raw(": <strong id=\"class-of-hour\">—</strong></p>\n")
            .Table("board-classes", t.ClassesCaption, t.RankColumn, t.ClassColumn, t.ParticipationColumn, t.DonorsColumn, t.AmountColumn)
            .Table("board-funds", t.FundsCaption, t.RankColumn, t.FundColumn, t.DonorsColumn, t.AmountColumn)
            .Table("board-ambassadors", t.AmbassadorsCaption, t.RankColumn, t.AmbassadorColumn, t.DonorsColumn, t.AmountColumn)
            .Raw("</section>\n");
        html.Section("wall", t.WallTitle);
        html.Raw("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static string NotFound(GivingDayTexts t) =>
        new Html().Raw("<!DOCTYPE html>\n<html lang=\"").Text(t.Language).Raw("\">\n<head><meta charset=\"utf-8\"><title>").Text(t.NotFound)
            .Raw("</title><style>").Raw(GivingDayStyles.Page).Raw("</style></head>\n<body><main id=\"main\"><section><h1>").Text(t.NotFound)
            .Raw("</h1></section></main></body></html>\n").ToString();

    private static string Iso(DateTimeOffset instant) => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>A page being written: raw markup, or text HTML-encoded on the way in.</summary>
    private sealed class Html
    {
        private readonly StringBuilder _page = new();

        public Html Raw(string markup)
        {
            _page.Append(markup);
            return this;
        }

        public Html Text(string text)
        {
            _page.Append(HtmlEncoder.Default.Encode(text));
            return this;
        }

        public Html Meta(string name, string content) => Raw("<meta name=\"").Text(name).Raw("\" content=\"").Text(content).Raw("\">\n");

        public Html Property(string property, string content) => Raw("<meta property=\"").Text(property).Raw("\" content=\"").Text(content).Raw("\">\n");

        public Html Data(string name, string value) => Raw(" data-").Raw(name).Raw("=\"").Text(value).Raw("\"");

        public Html Link(string href, string label, string id) =>
            Raw("<li><a id=\"").Text(id).Raw("\" href=\"").Text(href).Raw("\" rel=\"noopener\" target=\"_blank\">").Text(label).Raw("</a></li>");

        public Html Section(string listId, string heading) =>
            Raw("<section aria-labelledby=\"").Text(listId).Raw("-title\"><h2 id=\"").Text(listId).Raw("-title\">").Text(heading)
                .Raw("</h2><ul id=\"").Text(listId).Raw("\" class=\"plain\"></ul></section>\n");

        public Html Table(string bodyId, string caption, params string[] columns)
        {
            Raw("<table><caption>").Text(caption).Raw("</caption><thead><tr>");
            for (var i = 0; i < columns.Length; i++)
            {
                Raw(i > 1 ? "<th scope=\"col\" class=\"n\">" : "<th scope=\"col\">").Text(columns[i]).Raw("</th>");
            }

            return Raw("</tr></thead><tbody id=\"").Text(bodyId).Raw("\"></tbody></table>\n");
        }

        public override string ToString() => _page.ToString();
    }
}
