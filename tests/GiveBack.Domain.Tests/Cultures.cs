using System.Globalization;

namespace GiveBack.Domain.Tests;

/// <summary>The two languages GiveBack writes to donors in, as the money tests format for them.</summary>
internal static class Cultures
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
}
