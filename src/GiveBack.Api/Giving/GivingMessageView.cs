using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Payments;

namespace GiveBack.Api.Giving;

/// <summary>The small pages around the form: thank-you, a message, and the donor's monthly-gift page.</summary>
internal static class GivingMessageView
{
    public static string Thanks(GivingTexts texts, string campaignName, CheckoutSummary? checkout, string backUrl, string switchUrl)
    {
        var text = checkout is null || !checkout.Paid ? texts.ThanksPending : checkout.Monthly ? texts.ThanksMonthly : texts.ThanksText;
        var amount = checkout is { Paid: true }
            ? $"""<p class="total" id="amount">{GivingLayout.Encode(texts.Money(checkout.ChargedAmount, checkout.Currency))}{(checkout.Monthly ? " " + GivingLayout.Encode(texts.PerMonth) : string.Empty)}</p>"""
            : string.Empty;
        var body = $"""
            <div class="card">
              <h1 id="thank-you">{GivingLayout.Encode(texts.ThanksTitle)}</h1>
              <p class="lead">{GivingLayout.Encode(campaignName)}</p>
              {amount}
              <p>{GivingLayout.Encode(text)}</p>
              <p><a href="{GivingLayout.Encode(backUrl)}">{GivingLayout.Encode(texts.BackToPage)}</a></p>
            </div>
            """;
        return GivingLayout.Page(texts, texts.ThanksTitle, switchUrl, body);
    }

    /// <summary>The page of a campaign outside its dates: no form, only when it closed or when it opens.</summary>
    public static string Closed(GivingTexts texts, CampaignDefinition campaign, DateOnly today, string switchUrl)
    {
        var notYet = today < campaign.StartsOn;
        var title = notYet ? texts.NotOpenTitle : texts.ClosedTitle;
        var message = string.Format(
            System.Globalization.CultureInfo.GetCultureInfo(texts.Culture),
            notYet ? texts.CampaignNotOpen : texts.CampaignClosed,
            texts.Date(notYet ? campaign.StartsOn : campaign.EndsOn));
        var body = $"""
            <div class="card">
              <h1>{GivingLayout.Encode(title)}</h1>
              <p class="lead">{GivingLayout.Encode(campaign.Name)}</p>
              <div class="notice" role="status" id="{(notYet ? "campaign-not-open" : "campaign-closed")}">{GivingLayout.Encode(message)}</div>
            </div>
            """;
        return GivingLayout.Page(texts, title, switchUrl, body);
    }

    public static string Message(GivingTexts texts, string title, string message, string switchUrl) =>
        GivingLayout.Page(texts, title, switchUrl, $"""<div class="card"><h1>{GivingLayout.Encode(title)}</h1><p>{GivingLayout.Encode(message)}</p></div>""");

    public static string Manage(GivingTexts texts, RecurringGiftView gift, string cancelAction, string portalAction, string switchUrl)
    {
        string E(string? s) => GivingLayout.Encode(s);
        var live = gift.Status != "canceled";
        var next = gift.NextChargeOn?.ToString("d", System.Globalization.CultureInfo.GetCultureInfo(texts.Culture)) ?? "—";
        var actions = live
            ? $"""
              <form method="post" action="{E(cancelAction)}"><button type="submit" class="primary" id="cancel">{E(texts.ManageCancel)}</button></form>
              {(gift.CustomerId is null ? string.Empty : $"""<form method="post" action="{E(portalAction)}" style="margin-top:.75rem"><button type="submit" class="secondary" id="portal">{E(texts.ManagePortal)}</button></form>""")}
              """
            : $"""<div class="notice" role="status" id="canceled">{E(texts.ManageCanceled)}</div>""";
        var body = $"""
            <div class="card">
              <h1>{E(texts.ManageTitle)}</h1>
              <dl>
                <dt>{E(texts.AmountLegend)}</dt><dd id="amount">{E(texts.Money(gift.Amount, gift.Currency))} {E(texts.PerMonth)}</dd>
                <dt>{E(texts.ManageStatus)}</dt><dd id="status">{E(gift.Status)}</dd>
                <dt>{E(texts.ManageNext)}</dt><dd id="next">{E(next)}</dd>
              </dl>
              {actions}
            </div>
            """;
        return GivingLayout.Page(texts, texts.ManageTitle, switchUrl, body);
    }
}
