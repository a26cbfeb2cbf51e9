namespace GiveBack.Domain.Donors;

/// <summary>
/// Jaro-Winkler similarity (0: nothing in common, 1: equal), the usual measure for short personal names: it forgives a
/// transposed or missing letter ("Jonhson", "Jonson") and weighs an agreeing start more, as names tend to agree there.
/// </summary>
public static class JaroWinkler
{
    private const double PrefixScale = 0.1;
    private const int MaxPrefix = 4;

    public static double Similarity(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Length == 0 || second.Length == 0)
        {
            return first.Length == second.Length ? 1 : 0;
        }

        var jaro = Jaro(first, second);
        var prefix = 0;
        while (prefix < Math.Min(MaxPrefix, Math.Min(first.Length, second.Length)) && first[prefix] == second[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * PrefixScale * (1 - jaro));
    }

    private static double Jaro(string first, string second)
    {
        var window = Math.Max(0, (Math.Max(first.Length, second.Length) / 2) - 1);
        var firstMatched = new bool[first.Length];
        var secondMatched = new bool[second.Length];
        var matches = 0;
        for (var i = 0; i < first.Length; i++)
        {
            for (var j = Math.Max(0, i - window); j < Math.Min(second.Length, i + window + 1); j++)
            {
                if (!secondMatched[j] && first[i] == second[j])
                {
                    firstMatched[i] = secondMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < first.Length; i++)
        {
            if (!firstMatched[i])
            {
                continue;
            }

            while (!secondMatched[k])
            {
                k++;
            }

            if (first[i] != second[k])
            {
                transpositions++;
            }

            k++;
        }

        double m = matches;
        return ((m / first.Length) + (m / second.Length) + ((m - (transpositions / 2.0)) / m)) / 3;
    }
}
