namespace GiveBack.Domain.Consent;

/// <summary>Where a consent answer came from (the <c>source</c> of a <c>donor_consents</c> row).</summary>
public static class ConsentSources
{
    /// <summary>The donor ticked (or left unticked) the box on the public giving page, with a completed gift.</summary>
    public const string GivingPage = "giving-page";

    /// <summary>A member of staff recorded it (the donor said so by phone, letter, in person).</summary>
    public const string Staff = "staff";

    /// <summary>Brought in by an import, from the system the office used before.</summary>
    public const string Import = "import";

    /// <summary>Written by another system through the API with an API key.</summary>
    public const string Api = "api";

    /// <summary>The donor followed a link sent to them (e.g. an unsubscribe link).</summary>
    public const string DonorLink = "donor-link";

    /// <summary>Not a recorded answer: what the donor's profile implies (e-mail unless opted out, the preferred channel).</summary>
    public const string Profile = "profile";

    public static IReadOnlyList<string> Recorded { get; } = [GivingPage, Staff, Import, Api, DonorLink];
}
