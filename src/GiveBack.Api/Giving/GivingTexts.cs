using System.Globalization;
using GiveBack.Domain.Money;
using Microsoft.AspNetCore.Http;

namespace GiveBack.Api.Giving;

/// <summary>Every word of the giving pages, in English and French; the language comes from <c>?lang=</c> or Accept-Language.</summary>
public sealed record GivingTexts
{
    public static readonly GivingTexts English = new();

    public static readonly GivingTexts French = new()
    {
        Language = "fr",
        Culture = "fr-FR",
        Title = "Faire un don",
        Intro = "Chaque don compte. Choisissez un montant, puis réglez en toute sécurité sur la page de paiement de Stripe : vos données bancaires ne passent jamais par nos serveurs.",
        AmountLegend = "Montant",
        Other = "Autre montant",
        FrequencyLegend = "Fréquence",
        Once = "Une fois",
        Monthly = "Chaque mois",
        FundLabel = "Affectation",
        FundAny = "Là où c'est le plus utile",
        TributeLegend = "En hommage",
        TributeNone = "Non",
        TributeHonor = "En l'honneur de",
        TributeMemory = "En mémoire de",
        TributeNameLabel = "Nom de la personne",
        AnonymousLabel = "Ne pas afficher mon nom (don anonyme)",
        CoverFeeLabel = "Je prends en charge les frais de paiement",
        YouPay = "Montant débité",
        PerMonth = "par mois",
        DetailsLegend = "Vos coordonnées",
        FirstNameLabel = "Prénom",
        LastNameLabel = "Nom",
        EmailLabel = "E-mail (pour votre reçu)",
        ClassYearLabel = "Promotion (facultatif)",
        Submit = "Continuer vers le paiement",
        SecureNote = "Paiement sécurisé par Stripe. Un reçu vous est envoyé par e-mail.",
        OtherLanguage = "English",
        ThanksTitle = "Merci !",
        ThanksText = "Votre don a bien été reçu. Votre reçu vous sera envoyé par e-mail.",
        ThanksPending = "Votre paiement est en cours de confirmation. Votre reçu vous sera envoyé par e-mail.",
        ThanksMonthly = "Votre don mensuel est en place. Vous pouvez le modifier ou l'arrêter à tout moment.",
        BackToPage = "Retour à la page de don",
        Unavailable = "Le don en ligne n'est pas disponible pour le moment. Merci de réessayer plus tard.",
        ErrorUnreadable = "Une partie de ce que vous avez saisi n'a pas pu être lue (un caractère invisible ?). Merci de vérifier vos réponses.",
        ProcessorUnavailable = "Nous n'avons pas pu joindre notre prestataire de paiement : rien n'a été modifié. Merci de réessayer dans quelques minutes.",
        Cancelled = "Le paiement n'a pas été effectué. Vous pouvez réessayer.",
        ErrorSummary = "Merci de corriger les champs indiqués.",
        ErrorAmount = "Indiquez un montant valide.",
        ErrorAmountBounds = "Le montant doit être compris entre {0} et {1}.",
        ErrorFirstName = "Indiquez votre prénom.",
        ErrorLastName = "Indiquez votre nom.",
        ErrorEmail = "Indiquez une adresse e-mail valide.",
        ErrorClassYear = "Indiquez une année à quatre chiffres.",
        ErrorFund = "Choisissez une affectation de la liste.",
        ErrorTribute = "Choisissez une option.",
        ErrorTributeName = "Indiquez le nom de la personne (200 caractères au plus).",
        ManageTitle = "Votre don mensuel",
        ManageStatus = "État",
        ManageNext = "Prochain prélèvement",
        ManageCancel = "Arrêter mon don mensuel",
        ManagePortal = "Gérer ma carte et mes dons sur Stripe",
        ManageCanceled = "Ce don mensuel est arrêté. Aucun autre prélèvement ne sera fait ; les dons passés ne sont pas remboursés.",
        NotFound = "Cette page n'existe pas.",
        ClosedTitle = "Campagne terminée",
        CampaignClosed = "Cette campagne s'est terminée le {0} : elle ne reçoit plus de dons en ligne. Merci à toutes celles et ceux qui ont donné.",
        NotOpenTitle = "Campagne pas encore ouverte",
        CampaignNotOpen = "Cette campagne ouvre le {0}. Les dons en ligne seront possibles à partir de cette date.",
        LongDate = "d MMMM yyyy",
        LinkExpired = "Ce lien a expiré : les liens pour gérer un don mensuel sont valables 30 jours. Chaque e-mail de remerciement pour votre don mensuel contient un nouveau lien ; vous pouvez aussi nous écrire en répondant à l'un de nos e-mails, et nous vous en enverrons un.",
    };

    public string Language { get; init; } = "en";

    public string Culture { get; init; } = "en-US";

    /// <summary>An amount as the page shows it: in this language, without zero cents (€100, 100 €).</summary>
    public string Money(long minorUnits, string currency) =>
        new Money(minorUnits, currency).Format(CultureInfo.GetCultureInfo(Culture), omitZeroMinorUnits: true);

    public string Title { get; init; } = "Make a gift";

    public string Intro { get; init; } = "Every gift counts. Choose an amount, then pay securely on Stripe's checkout page: your card details never pass through our servers.";

    public string AmountLegend { get; init; } = "Amount";

    public string Other { get; init; } = "Other amount";

    public string FrequencyLegend { get; init; } = "Frequency";

    public string Once { get; init; } = "One time";

    public string Monthly { get; init; } = "Monthly";

    public string FundLabel { get; init; } = "Designation";

    public string FundAny { get; init; } = "Where it is needed most";

    public string TributeLegend { get; init; } = "Tribute";

    public string TributeNone { get; init; } = "No";

    public string TributeHonor { get; init; } = "In honour of";

    public string TributeMemory { get; init; } = "In memory of";

    public string TributeNameLabel { get; init; } = "Their name";

    public string AnonymousLabel { get; init; } = "Keep my name private (anonymous gift)";

    public string CoverFeeLabel { get; init; } = "I'll cover the processing fee";

    public string YouPay { get; init; } = "You will be charged";

    public string PerMonth { get; init; } = "per month";

    public string DetailsLegend { get; init; } = "Your details";

    public string FirstNameLabel { get; init; } = "First name";

    public string LastNameLabel { get; init; } = "Last name";

    public string EmailLabel { get; init; } = "Email (for your receipt)";

    public string ClassYearLabel { get; init; } = "Class year (optional)";

    public string Submit { get; init; } = "Continue to payment";

    public string SecureNote { get; init; } = "Secure payment by Stripe. Your receipt is sent by email.";

    public string OtherLanguage { get; init; } = "Français";

    public string ThanksTitle { get; init; } = "Thank you!";

    public string ThanksText { get; init; } = "Your gift has been received. Your receipt is on its way by email.";

    public string ThanksPending { get; init; } = "Your payment is being confirmed. Your receipt will follow by email.";

    public string ThanksMonthly { get; init; } = "Your monthly gift is set up. You can change or stop it at any time.";

    public string BackToPage { get; init; } = "Back to the giving page";

    public string Unavailable { get; init; } = "Online giving is not available right now. Please try again later.";

    public string ErrorUnreadable { get; init; } = "Part of what you typed could not be read (an invisible character?). Please check your answers.";

    public string ProcessorUnavailable { get; init; } = "We could not reach our payment processor just now: nothing was changed. Please try again in a few minutes.";

    public string Cancelled { get; init; } = "The payment was not completed. You can try again.";

    public string ErrorSummary { get; init; } = "Please correct the fields marked below.";

    public string ErrorAmount { get; init; } = "Enter a valid amount.";

    public string ErrorAmountBounds { get; init; } = "The amount must be between {0} and {1}.";

    public string ErrorFirstName { get; init; } = "Enter your first name.";

    public string ErrorLastName { get; init; } = "Enter your last name.";

    public string ErrorEmail { get; init; } = "Enter a valid email address.";

    public string ErrorClassYear { get; init; } = "Enter a four-digit year.";

    public string ErrorFund { get; init; } = "Choose a designation from the list.";

    public string ErrorTribute { get; init; } = "Choose an option.";

    public string ErrorTributeName { get; init; } = "Enter their name (200 characters at most).";

    public string ManageTitle { get; init; } = "Your monthly gift";

    public string ManageStatus { get; init; } = "Status";

    public string ManageNext { get; init; } = "Next charge";

    public string ManageCancel { get; init; } = "Stop my monthly gift";

    public string ManagePortal { get; init; } = "Manage my card and gifts on Stripe";

    public string ManageCanceled { get; init; } = "This monthly gift is stopped. No further charges will be made; past gifts are not refunded.";

    public string NotFound { get; init; } = "This page does not exist.";

    public string ClosedTitle { get; init; } = "Campaign closed";

    public string CampaignClosed { get; init; } = "This campaign closed on {0} and no longer takes gifts online. Thank you to everyone who gave.";

    public string NotOpenTitle { get; init; } = "Campaign not open yet";

    public string CampaignNotOpen { get; init; } = "This campaign opens on {0}. Online gifts can be made from that day.";

    /// <summary>A date spelt out in this language, without the weekday.</summary>
    public string LongDate { get; init; } = "MMMM d, yyyy";

    public string Date(DateOnly day) => day.ToString(LongDate, CultureInfo.GetCultureInfo(Culture));

    public string LinkExpired { get; init; } =
        "This link has expired: links to manage a monthly gift work for 30 days. Each thank-you e-mail for your monthly gift brings a fresh one; you can also reply to any of our e-mails and we will send you a new link.";

    /// <summary><c>?lang=fr|en</c> wins; otherwise the first of Accept-Language that is French or English; English by default.</summary>
    public static GivingTexts For(HttpRequest request)
    {
        var chosen = request.Query["lang"].ToString();
        if (chosen is "fr" or "en")
        {
            return chosen == "fr" ? French : English;
        }

        var languages = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? string.Empty);
        foreach (var language in languages)
        {
            if (language.StartsWith("fr", StringComparison.OrdinalIgnoreCase))
            {
                return French;
            }

            if (language.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return English;
            }
        }

        return English;
    }
}
