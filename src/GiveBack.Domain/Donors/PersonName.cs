using System.Globalization;
using System.Text;

namespace GiveBack.Domain.Donors;

/// <summary>
/// When two people's names are taken to be the same: first and last name together, compared after folding case and
/// accents away and treating punctuation and runs of spaces as one space ("José-Luis  O'Neil" = "jose luis o neil").
/// First and last are compared together so that a name split differently ("Mary Ann" + "Smith" against "Mary" +
/// "Ann Smith") still agrees. A missing name agrees with nothing.
/// </summary>
public static class PersonName
{
    public static bool Agree(string? firstName, string? lastName, string? otherFirstName, string? otherLastName)
    {
        var key = Key(firstName, lastName);
        return key.Length > 0 && key == Key(otherFirstName, otherLastName);
    }

    /// <summary>The normalised full name; empty when there is no name at all.</summary>
    public static string Key(string? firstName, string? lastName)
    {
        var decomposed = $"{firstName} {lastName}".Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && key.Length > 0)
                {
                    key.Append(' ');
                }

                key.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return key.ToString();
    }
}
