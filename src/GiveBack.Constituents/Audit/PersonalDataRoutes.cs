namespace GiveBack.Constituents.Audit;

/// <summary>The API routes that disclose or change a person's data, whichever module serves them.</summary>
public static class PersonalDataRoutes
{
    private static readonly string[] Prefixes = ["/api/v1/donors", "/api/v1/duplicates", "/api/v1/exports", "/api/v1/imports"];

    public static bool Cover(string route) =>
        Prefixes.Any(p => route.Equals(p, StringComparison.Ordinal) || route.StartsWith(p + "/", StringComparison.Ordinal));
}
