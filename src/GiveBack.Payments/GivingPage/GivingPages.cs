using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Payments.GivingPage.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GiveBack.Payments.GivingPage;

/// <summary>
/// The public pages as results: each a Razor component rendered on the server (static rendering, no interactivity),
/// with the status code the page answers with. The endpoints stay minimal APIs, so the giving form's POST is read and
/// validated as before and Razor only renders. Parameters are named as the components' properties.
/// </summary>
internal static class GivingPages
{
    public static IResult Form(
        CampaignView campaign, GivingForm form, IReadOnlyDictionary<string, string> errors, GivingPageOptions options, GivingTexts texts,
        string action, string switchUrl, string? notice, bool available, int status = StatusCodes.Status200OK, AmbassadorPanel? ambassador = null) =>
        Page<GivingFormPage>(status, new
        {
            Campaign = campaign, Form = form, Errors = errors, Options = options, Texts = texts, Action = action, SwitchUrl = switchUrl,
            Notice = notice, Available = available, Ambassador = ambassador,
        });

    public static IResult Thanks(GivingTexts texts, string campaignName, CheckoutSummary? checkout, string backUrl, string switchUrl) =>
        Page<ThanksPage>(StatusCodes.Status200OK, new { Texts = texts, CampaignName = campaignName, Checkout = checkout, BackUrl = backUrl, SwitchUrl = switchUrl });

    public static IResult Closed(GivingTexts texts, CampaignDefinition campaign, DateOnly today, string switchUrl, int status) =>
        Page<ClosedPage>(status, new { Texts = texts, Campaign = campaign, Today = today, SwitchUrl = switchUrl });

    public static IResult Message(GivingTexts texts, string title, string message, string switchUrl, int status = StatusCodes.Status200OK) =>
        Page<MessagePage>(status, new { Texts = texts, Title = title, Message = message, SwitchUrl = switchUrl });

    public static IResult Manage(GivingTexts texts, RecurringGiftView gift, string cancelAction, string portalAction, string switchUrl) =>
        Page<ManagePage>(
            StatusCodes.Status200OK,
            new { Texts = texts, Gift = gift, CancelAction = cancelAction, PortalAction = portalAction, SwitchUrl = switchUrl });

    private static RazorComponentResult<TPage> Page<TPage>(int status, object parameters)
        where TPage : IComponent =>
        new(parameters) { StatusCode = status, ContentType = "text/html; charset=utf-8" };
}
