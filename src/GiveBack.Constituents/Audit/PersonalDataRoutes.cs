namespace GiveBack.Constituents.Audit;

/// <summary>The API routes that disclose or change a person's data, whichever module serves them.</summary>
public static class PersonalDataRoutes
{
    /// <summary>Households: their members are donors, so reading or changing one is an access to their data.</summary>
    public const string HouseholdsRoute = "/api/v1/households";

    private static readonly string[] Prefixes = ["/api/v1/donors", "/api/v1/duplicates", "/api/v1/exports", "/api/v1/imports", HouseholdsRoute];

    public static bool Cover(string route) => Prefixes.Any(p => Under(route, p));

    /// <summary>A household's route, whose <c>id</c> names the household rather than a donor.</summary>
    public static bool IsHousehold(string route) => Under(route, HouseholdsRoute);

    private static bool Under(string route, string prefix) =>
        route.Equals(prefix, StringComparison.Ordinal) || route.StartsWith(prefix + "/", StringComparison.Ordinal);
}
