using GiveBack.Api.Giving.Pages;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Payments;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GiveBack.Api.Giving;

/// <summary>
/// The public pages as results: each a Razor component rendered on the server (static rendering, no interactivity),
/// with the status code the page answers with. The endpoints stay minimal APIs, so the giving form's POST is read and
/// validated as before and Razor only renders.
/// </summary>
internal static class GivingPages
{
    public static IResult Form(
        CampaignView campaign, GivingForm form, IReadOnlyDictionary<string, string> errors, GivingPageOptions options, GivingTexts texts,
        string action, string switchUrl, string? notice, bool available, int status = StatusCodes.Status200OK) =>
        Page<GivingFormPage>(
            status,
            new()
            {
                [nameof(GivingFormPage.Campaign)] = campaign,
                [nameof(GivingFormPage.Form)] = form,
                [nameof(GivingFormPage.Errors)] = errors,
                [nameof(GivingFormPage.Options)] = options,
                [nameof(GivingFormPage.Texts)] = texts,
                [nameof(GivingFormPage.Action)] = action,
                [nameof(GivingFormPage.SwitchUrl)] = switchUrl,
                [nameof(GivingFormPage.Notice)] = notice,
                [nameof(GivingFormPage.Available)] = available,
            });

    public static IResult Thanks(GivingTexts texts, string campaignName, CheckoutSummary? checkout, string backUrl, string switchUrl) =>
        Page<ThanksPage>(
            StatusCodes.Status200OK,
            new()
            {
                [nameof(ThanksPage.Texts)] = texts,
                [nameof(ThanksPage.CampaignName)] = campaignName,
                [nameof(ThanksPage.Checkout)] = checkout,
                [nameof(ThanksPage.BackUrl)] = backUrl,
                [nameof(ThanksPage.SwitchUrl)] = switchUrl,
            });

    public static IResult Closed(GivingTexts texts, CampaignDefinition campaign, DateOnly today, string switchUrl, int status) =>
        Page<ClosedPage>(
            status,
            new()
            {
                [nameof(ClosedPage.Texts)] = texts,
                [nameof(ClosedPage.Campaign)] = campaign,
                [nameof(ClosedPage.Today)] = today,
                [nameof(ClosedPage.SwitchUrl)] = switchUrl,
            });

    public static IResult Message(GivingTexts texts, string title, string message, string switchUrl, int status = StatusCodes.Status200OK) =>
        Page<MessagePage>(
            status,
            new()
            {
                [nameof(MessagePage.Texts)] = texts,
                [nameof(MessagePage.Title)] = title,
                [nameof(MessagePage.Message)] = message,
                [nameof(MessagePage.SwitchUrl)] = switchUrl,
            });

    public static IResult Manage(GivingTexts texts, RecurringGiftView gift, string cancelAction, string portalAction, string switchUrl) =>
        Page<ManagePage>(
            StatusCodes.Status200OK,
            new()
            {
                [nameof(ManagePage.Texts)] = texts,
                [nameof(ManagePage.Gift)] = gift,
                [nameof(ManagePage.CancelAction)] = cancelAction,
                [nameof(ManagePage.PortalAction)] = portalAction,
                [nameof(ManagePage.SwitchUrl)] = switchUrl,
            });

    private static RazorComponentResult<TPage> Page<TPage>(int status, Dictionary<string, object?> parameters)
        where TPage : IComponent =>
        new(parameters) { StatusCode = status, ContentType = "text/html; charset=utf-8" };
}
