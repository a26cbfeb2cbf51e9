using System.Globalization;
using GiveBack.Domain.Money;
using GiveBack.Ledger.Pledges;

namespace GiveBack.Scheduling.Outreach;

/// <summary>The texts of scheduled messages. Channels (e-mail plugin, CRM) may re-template them; these are the defaults.</summary>
internal static class Messages
{
    public static (string Subject, string Body) Reminder(DueInstallment due) => (
        $"Your pledge installment of {Money(due.OwedAmount, due.Currency)} is due on {Date(due.DueOn)}",
        $"Dear {due.FirstName},\n\nThank you for your pledge. Installment {due.Number} of {Money(due.OwedAmount, due.Currency)} " +
        $"falls due on {Date(due.DueOn)}.\n\nWith our gratitude,\nThe development office");

    public static (string Subject, string Body) FollowUp(DueInstallment due) => (
        $"A pledge installment of {Money(due.OwedAmount, due.Currency)} is still open",
        $"Dear {due.FirstName},\n\nWe have not yet received installment {due.Number} of your pledge " +
        $"({Money(due.OwedAmount, due.Currency)}, due {Date(due.DueOn)}). If you have already sent it, thank you " +
        "and please disregard this note; if your plans have changed, simply reply and we will adjust it.\n\nThe development office");

    public static (string Subject, string Body) LybuntAppeal(string firstName, int fiscalYear) => (
        "We missed you this year",
        $"Dear {firstName},\n\nYour gift last year made a real difference. Fiscal year {fiscalYear} is under way, and " +
        "every gift, whatever its size, counts toward our alumni participation.\n\nWith our thanks,\nThe development office");

    public static (string Subject, string Body) RecurringGiftFailed(long amount, string currency) => (
        "Your monthly gift could not be charged",
        $"Hello,\n\nThis month's gift of {Money(amount, currency)} could not be charged to your card. Your bank may " +
        "retry it; if your card has changed, you can update it from the link in your last receipt.\n\nThank you for " +
        "giving every month,\nThe development office");

    private static string Money(long minorUnits, string currency) =>
        (minorUnits / Math.Pow(10, Currency.MinorDigitsOf(currency))).ToString("N" + Currency.MinorDigitsOf(currency), CultureInfo.InvariantCulture) + " " + currency;

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
