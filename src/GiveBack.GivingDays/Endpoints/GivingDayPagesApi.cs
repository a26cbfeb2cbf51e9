using System.Security.Cryptography;
using System.Text;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.GivingDays.Days;
using GiveBack.GivingDays.Live;
using GiveBack.GivingDays.Pages;
using GiveBack.GivingDays.ShareCard;
using GiveBack.Payments.GivingPage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GiveBack.GivingDays.Endpoints;

/// <summary>
/// A giving day's public side: its page (<c>/giving-days/{slug}</c>), its share card, its big screen (opened by the
/// day's screen token) and the live hub they listen to. Anonymous and rate-limited as the giving page is; they show
/// public figures only (docs/architecture.md, "Giving days: the live view").
/// </summary>
public static class GivingDayPagesApi
{
    public static IEndpointRouteBuilder MapGivingDayPages(this IEndpointRouteBuilder app)
    {
        app.MapHub<GivingDayHub>(GivingDayHub.Path).AllowAnonymous();
        var pages = app.MapGroup(GivingDayPaths.Root).AllowAnonymous().RequireRateLimiting(GivingRegistration.RateLimitPolicy).ExcludeFromDescription()
            .WithGivingDayPageHeaders();
        pages.MapGet("/live.js", Script);
        pages.MapGet("/{slug}", PageAsync);
        pages.MapGet("/{slug}/screen", ScreenAsync);
        pages.MapGet("/{slug}/card.png", CardAsync);
        return app;
    }

    public static IResult Script(HttpResponse response)
    {
        response.Headers.CacheControl = "public, max-age=300";
        return Results.Text(LiveScript.Text, "text/javascript; charset=utf-8");
    }

    public static Task<IResult> PageAsync(string slug, HttpRequest request, GivingDayStore days, IGrainFactory grains, PublicUrls urls) =>
        RenderAsync(slug, request, days, grains, urls, screen: false);

    /// <summary>The big screen: the day's screen token is its key (a projector has nobody signed in); without it, nothing is here.</summary>
    public static async Task<IResult> ScreenAsync(string slug, string? token, HttpRequest request, GivingDayStore days, IGrainFactory grains, PublicUrls urls)
    {
        var day = await days.BySlugAsync(slug, request.HttpContext.RequestAborted);
        if (day is null || token is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(day.ScreenToken)))
        {
            return NotFound(GivingDayTexts.For(request));
        }

        return await RenderAsync(slug, request, days, grains, urls, screen: true);
    }

    public static async Task<IResult> CardAsync(string slug, HttpRequest request, HttpResponse response, GivingDayStore days, ShareCards cards)
    {
        if (await days.BySlugAsync(slug, request.HttpContext.RequestAborted) is not { } day
            || await cards.CardAsync(day.CampaignId, GivingDayTexts.For(request)) is not { } png)
        {
            return Results.NotFound();
        }

        response.Headers.CacheControl = $"public, max-age={(int)ShareCards.Lifetime.TotalSeconds}";
        return Results.File(png, "image/png");
    }

    private static async Task<IResult> RenderAsync(string slug, HttpRequest request, GivingDayStore days, IGrainFactory grains, PublicUrls urls, bool screen)
    {
        var texts = GivingDayTexts.For(request);
        if (await days.BySlugAsync(slug, request.HttpContext.RequestAborted) is not { } day
            || await grains.GetGrain<ICampaignGrain>(day.CampaignId).GetAsync() is not { } campaign)
        {
            return NotFound(texts);
        }

        var other = texts.Language == "fr" ? "en" : "fr";
        var switchLanguage = screen
            ? $"{GivingDayPaths.Page(day.Slug)}/screen?token={Uri.EscapeDataString(day.ScreenToken)}&lang={other}"
            : $"{GivingDayPaths.Page(day.Slug)}?lang={other}";
        var addresses = new GivingDayPage.Addresses(
            urls.Absolute(GivingDayPaths.Page(day.Slug), request),
            urls.Absolute($"{GivingDayPaths.Card(day.Slug)}?lang={texts.Language}", request),
            $"/give/{Uri.EscapeDataString(campaign.Definition.Slug)}?lang={texts.Language}",
            switchLanguage);
        return Results.Content(GivingDayPage.Render(texts, day, campaign, addresses, screen), "text/html; charset=utf-8");
    }

    private static IResult NotFound(GivingDayTexts texts) =>
        Results.Content(GivingDayPage.NotFound(texts), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
}
