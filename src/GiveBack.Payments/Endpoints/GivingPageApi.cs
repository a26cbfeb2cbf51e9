using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Ledger.Campaigns;
using GiveBack.Payments.GivingPage;
using GiveBack.Payments.GivingPage.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiveBack.Payments.Endpoints;

/// <summary>
/// The public giving page (<c>/give/{slug}</c>): anonymous, rate-limited, English or French. It validates the gift,
/// computes the fee gross-up, creates a Stripe Checkout Session through <see cref="IPaymentGateway"/> and redirects
/// there; card data never reaches GiveBack. The gift itself is booked from Stripe's webhook, not from this page.
/// </summary>
public static partial class GivingPageApi
{
    public static IEndpointRouteBuilder MapGivingPageApi(this IEndpointRouteBuilder app)
    {
        var give = app.MapGroup("/give").AllowAnonymous().RequireRateLimiting(GivingRegistration.RateLimitPolicy).ExcludeFromDescription()
            .WithGivingPageHeaders();
        give.MapGet("/{slug}", ShowAsync);
        give.MapPost("/{slug}", SubmitAsync);
        give.MapGet("/{slug}/thanks", ThanksAsync);
        give.MapGet("/a/{token}", ShowAmbassadorAsync);
        give.MapPost("/a/{token}", SubmitAmbassadorAsync);
        give.MapGet("/monthly/{token}", ManageAsync);
        give.MapPost("/monthly/{token}/cancel", CancelMonthlyAsync);
        give.MapPost("/monthly/{token}/portal", PortalAsync);
        return app;
    }

    public static async Task<IResult> ShowAsync(
        string slug, HttpRequest request, CampaignDirectory campaigns, IGrainFactory grains, IOptions<GivingPageOptions> options, IPaymentGateway gateway,
        TimeProvider clock) =>
        ShowForm(
            await FindCampaignAsync(slug, campaigns, grains, request.HttpContext.RequestAborted), null, $"/give/{Uri.EscapeDataString(slug)}",
            request, options.Value, gateway, clock);

    /// <summary>
    /// An ambassador's link: counts the click, then shows the ambassador's personal page with the campaign's giving form,
    /// which posts back here so the gift carries the ambassador (docs/architecture.md, "Giving days: ambassadors").
    /// </summary>
    public static async Task<IResult> ShowAmbassadorAsync(
        string token, HttpRequest request, IAmbassadorLinks ambassadors, IGrainFactory grains, IOptions<GivingPageOptions> options,
        IPaymentGateway gateway, TimeProvider clock)
    {
        var (ambassador, campaign) = await FindAmbassadorAsync(token, countClick: true, ambassadors, grains, request.HttpContext.RequestAborted);
        return ShowForm(campaign, ambassador, AmbassadorPath(token), request, options.Value, gateway, clock);
    }

    public static async Task<IResult> SubmitAmbassadorAsync(
        string token, HttpRequest request, IAmbassadorLinks ambassadors, IGrainFactory grains, IOptions<GivingPageOptions> options,
        IPaymentGateway gateway, PublicUrls urls, ILoggerFactory loggers, TimeProvider clock)
    {
        var (ambassador, campaign) = await FindAmbassadorAsync(token, countClick: false, ambassadors, grains, request.HttpContext.RequestAborted);
        return await SubmitFormAsync(
            campaign, ambassador, AmbassadorPath(token), request, options.Value, gateway, urls, loggers, clock);
    }

    private static IResult ShowForm(
        CampaignView? campaign, AmbassadorPanel? ambassador, string path, HttpRequest request, GivingPageOptions options, IPaymentGateway gateway,
        TimeProvider clock)
    {
        var texts = GivingTexts.For(request);
        var action = $"{path}?lang={texts.Language}";
        if (campaign is null)
        {
            return NotFound(texts, request);
        }

        if (Closed(campaign, clock, texts, request) is { } closed)
        {
            return closed;
        }

        var notice = request.Query.ContainsKey("cancelled") ? texts.Cancelled : null;
        return GivingPages.Form(campaign, GivingForm.Empty, new Dictionary<string, string>(), options, texts,
            action, SwitchUrl(request, texts), notice, gateway.IsConfigured, ambassador: ambassador);
    }

    public static async Task<IResult> SubmitAsync(
        string slug, HttpRequest request, CampaignDirectory campaigns, IGrainFactory grains, IOptions<GivingPageOptions> options,
        IPaymentGateway gateway, PublicUrls urls, ILoggerFactory loggers, TimeProvider clock) =>
        await SubmitFormAsync(
            await FindCampaignAsync(slug, campaigns, grains, request.HttpContext.RequestAborted), null, $"/give/{Uri.EscapeDataString(slug)}",
            request, options.Value, gateway, urls, loggers, clock);

    /// <summary>The giving form posted, on the campaign's page or an ambassador's (<paramref name="path"/> is the page's own path).</summary>
    private static async Task<IResult> SubmitFormAsync(
        CampaignView? campaign, AmbassadorPanel? ambassador, string path, HttpRequest request, GivingPageOptions settings,
        IPaymentGateway gateway, PublicUrls urls, ILoggerFactory loggers, TimeProvider clock)
    {
        var texts = GivingTexts.For(request);
        var action = $"{path}?lang={texts.Language}";
        var cancellationToken = request.HttpContext.RequestAborted;
        if (campaign is null)
        {
            return NotFound(texts, request);
        }

        // Checked before the form is read: outside its dates a campaign takes no money, whatever was typed.
        if (Closed(campaign, clock, texts, request, StatusCodes.Status409Conflict) is { } closed)
        {
            return closed;
        }

        var errors = new Dictionary<string, string>();
        var form = GivingForm.Empty;
        try
        {
            form = request.HasFormContentType ? GivingForm.Read(await request.ReadFormAsync(cancellationToken)) : GivingForm.Empty;
        }
        catch (InvalidDataException)
        {
            // ASP.NET refuses a form value holding a NUL before any field can be read: the whole form is asked again.
            errors[GivingFormPage.FormError] = texts.ErrorUnreadable;
        }

        var amount = form.Amount(campaign.Definition.Currency, settings, texts, errors);
        form.Validate(settings, texts, errors, out var classYear);
        if (errors.Count > 0 || amount is not { } gift || !gateway.IsConfigured)
        {
            return GivingPages.Form(campaign, form, errors, settings, texts, action, SwitchUrl(request, texts), null, gateway.IsConfigured,
                gateway.IsConfigured ? StatusCodes.Status400BadRequest : StatusCodes.Status503ServiceUnavailable, ambassador);
        }

        var charged = form.CoverFee ? FeeGrossUp.Charge(gift, settings.FeePercent, settings.FeeFixed) : gift;
        var tributeType = form.TributeType is "honor" or "memory" ? form.TributeType : null;
        try
        {
            var redirect = await gateway.CreateCheckoutAsync(
                new CheckoutRequest(
                    campaign.Id, campaign.Definition.Name, campaign.Definition.Currency, gift, charged, form.CoverFee, form.Monthly,
                    form.Fund, tributeType, tributeType is null ? null : form.TributeName, form.Anonymous,
                    form.FirstName!, form.LastName!, form.Email!, classYear, texts.Language,
                    urls.Absolute($"/give/{Uri.EscapeDataString(campaign.Definition.Slug)}/thanks?session_id={{CHECKOUT_SESSION_ID}}&lang={texts.Language}", request),
                    urls.Absolute($"{path}?cancelled=1&lang={texts.Language}", request),
                    KeepInformed: form.KeepInformed,
                    AmbassadorId: ambassador?.AmbassadorId),
                cancellationToken);
            return Results.Redirect(redirect.Url, permanent: false, preserveMethod: false);
        }
#pragma warning disable CA1031 // Whatever the processor says, the donor gets a page, not an error trace.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogCheckoutFailed(loggers.CreateLogger(typeof(GivingPageApi)), exception, campaign.Definition.Slug);
            return GivingPages.Message(texts, texts.Title, texts.Unavailable, SwitchUrl(request, texts), StatusCodes.Status503ServiceUnavailable);
        }
    }

    public static async Task<IResult> ThanksAsync(
        string slug, HttpRequest request, CampaignDirectory campaigns, IPaymentGateway gateway, ILoggerFactory loggers)
    {
        var texts = GivingTexts.For(request);
        var cancellationToken = request.HttpContext.RequestAborted;
        if (await campaigns.FindBySlugAsync(slug, cancellationToken) is not { } campaign)
        {
            return NotFound(texts, request);
        }

        var sessionId = request.Query["session_id"].ToString();
        CheckoutSummary? checkout = null;
        try
        {
            checkout = gateway.IsConfigured && sessionId.StartsWith("cs_", StringComparison.Ordinal) && sessionId.Length <= 255
                ? await gateway.GetCheckoutAsync(sessionId, cancellationToken)
                : null;
        }
        catch (PaymentProcessorException exception)
        {
            // The payment itself is unaffected: without the summary the page says the gift is being confirmed.
            LogProcessorFailed(loggers.CreateLogger(typeof(GivingPageApi)), exception, slug);
        }

        return GivingPages.Thanks(texts, campaign.Name, checkout, PagePath(slug, texts), SwitchUrl(request, texts));
    }

    public static async Task<IResult> ManageAsync(string token, HttpRequest request, IRecurringGifts recurring, MonthlyGiftLinks links)
    {
        var texts = GivingTexts.For(request);
        var (gift, refusal) = await FindMonthlyAsync(token, recurring, links, texts, request);
        if (gift is null)
        {
            return refusal;
        }

        var path = $"/give/monthly/{Uri.EscapeDataString(token)}";
        return GivingPages.Manage(texts, gift, $"{path}/cancel?lang={texts.Language}", $"{path}/portal?lang={texts.Language}", SwitchUrl(request, texts));
    }

    public static async Task<IResult> CancelMonthlyAsync(
        string token, HttpRequest request, IRecurringGifts recurring, MonthlyGiftLinks links, ILoggerFactory loggers)
    {
        var texts = GivingTexts.For(request);
        var (gift, refusal) = await FindMonthlyAsync(token, recurring, links, texts, request);
        if (gift is null)
        {
            return refusal;
        }

        return await ProcessorStepAsync(
            async () =>
            {
                await recurring.CancelAsync(gift.Id, request.HttpContext.RequestAborted);
                return Results.Redirect($"/give/monthly/{Uri.EscapeDataString(token)}?lang={texts.Language}");
            },
            request, texts, loggers);
    }

    public static async Task<IResult> PortalAsync(
        string token, HttpRequest request, IRecurringGifts recurring, MonthlyGiftLinks links, IPaymentGateway gateway, PublicUrls urls,
        ILoggerFactory loggers)
    {
        var texts = GivingTexts.For(request);
        var (gift, refusal) = await FindMonthlyAsync(token, recurring, links, texts, request);
        if (gift?.CustomerId is not { } customerId)
        {
            return gift is null ? refusal : NotFound(texts, request);
        }

        var back = urls.Absolute($"/give/monthly/{Uri.EscapeDataString(token)}?lang={texts.Language}", request);
        return await ProcessorStepAsync(
            async () => Results.Redirect(await gateway.CreatePortalLinkAsync(customerId, back, request.HttpContext.RequestAborted)),
            request, texts, loggers);
    }

    /// <summary>
    /// A monthly-gift step that needs the payment processor: when the processor refuses or cannot be reached, the donor
    /// gets the manage page's message (try again later), not an error page; the failure is logged for staff.
    /// </summary>
    private static async Task<IResult> ProcessorStepAsync(Func<Task<IResult>> step, HttpRequest request, GivingTexts texts, ILoggerFactory loggers)
    {
        try
        {
            return await step();
        }
        catch (PaymentProcessorException exception)
        {
            LogProcessorFailed(loggers.CreateLogger(typeof(GivingPageApi)), exception, "monthly gift");
            return GivingPages.Message(texts, texts.ManageTitle, texts.ProcessorUnavailable, SwitchUrl(request, texts));
        }
    }

    /// <summary>
    /// The "closed" page when today (UTC, the day a Stripe payment is dated) is outside the campaign's dates, before
    /// <c>startsOn</c> as after <c>endsOn</c>; null when the campaign is open.
    /// </summary>
    private static IResult? Closed(CampaignView campaign, TimeProvider clock, GivingTexts texts, HttpRequest request, int status = StatusCodes.Status200OK)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return campaign.Definition.IsOpenOn(today) ? null : GivingPages.Closed(texts, campaign.Definition, today, SwitchUrl(request, texts), status);
    }

    private static async Task<CampaignView?> FindCampaignAsync(string slug, CampaignDirectory campaigns, IGrainFactory grains, CancellationToken cancellationToken) =>
        slug.Length <= 100 && await campaigns.FindBySlugAsync(slug, cancellationToken) is { } record
            ? await grains.GetGrain<ICampaignGrain>(record.Id).GetAsync()
            : null;

    /// <summary>The monthly gift a self-service token names, or the page that refuses it: expired (with how to get a new link) or not found.</summary>
    private static async Task<(RecurringGiftView? Gift, IResult Refusal)> FindMonthlyAsync(
        string token, IRecurringGifts recurring, MonthlyGiftLinks links, GivingTexts texts, HttpRequest request)
    {
        var link = links.Read(token);
        if (link.Status == MonthlyGiftLinkStatus.Expired)
        {
            return (null, GivingPages.Message(texts, texts.ManageTitle, texts.LinkExpired, SwitchUrl(request, texts), StatusCodes.Status410Gone));
        }

        var gift = link.Status == MonthlyGiftLinkStatus.Valid ? await recurring.GetAsync(link.RecurringGiftId, request.HttpContext.RequestAborted) : null;
        return (gift, NotFound(texts, request));
    }

    private static string PagePath(string slug, GivingTexts texts) => $"/give/{Uri.EscapeDataString(slug)}?lang={texts.Language}";

    private static string AmbassadorPath(string token) => $"/give/a/{Uri.EscapeDataString(token)}";

    /// <summary>The ambassador a token names and their campaign; both null for a token no ambassador has (the page answers 404).</summary>
    private static async Task<(AmbassadorPanel? Ambassador, CampaignView? Campaign)> FindAmbassadorAsync(
        string token, bool countClick, IAmbassadorLinks ambassadors, IGrainFactory grains, CancellationToken cancellationToken)
    {
        // A token is 22 base64url characters; anything longer is not one, and is not looked up.
        if (token.Length > 64 || await ambassadors.FindAsync(token, countClick, cancellationToken) is not { } ambassador)
        {
            return (null, null);
        }

        return (ambassador, await grains.GetGrain<ICampaignGrain>(ambassador.CampaignId).GetAsync());
    }

    private static string SwitchUrl(HttpRequest request, GivingTexts texts)
    {
        var query = request.Query.Where(q => q.Key != "lang").Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}");
        var other = texts.Language == "fr" ? "en" : "fr";
        return $"{request.PathBase}{request.Path}?{string.Join('&', query.Append($"lang={other}"))}";
    }

    private static IResult NotFound(GivingTexts texts, HttpRequest request) =>
        GivingPages.Message(texts, texts.Title, texts.NotFound, SwitchUrl(request, texts), StatusCodes.Status404NotFound);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not create a Checkout Session for the giving page '{Slug}'.")]
    private static partial void LogCheckoutFailed(ILogger logger, Exception exception, string slug);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The payment processor failed a giving page request ({Page}); the donor was shown that nothing changed.")]
    private static partial void LogProcessorFailed(ILogger logger, Exception exception, string page);
}
