using GiveBack.Domain.Paging;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Testing.Host;

namespace GiveBack.FunctionalTests.Support;

/// <summary>
/// A class year for one test alone, so a participation count or a class challenge sees that test's alumni only. Years
/// are handed out once per test process from a range no other test writes (1901–1959), and a year that already has
/// alumni in the database (a rerun against the same data) is skipped. Two tests drawing at random from the same range
/// once took the same year and counted each other's alumni.
/// </summary>
public static class OwnClassYear
{
    private const int First = 1901;
    private const int Last = 1959;
    private static int _next = First - 1;

    public static async Task<int> TakeAsync(HttpClient client)
    {
        while (true)
        {
            var year = Interlocked.Increment(ref _next);
            if (year > Last)
            {
                throw new InvalidOperationException($"Every class year from {First} to {Last} is taken; widen the range.");
            }

            if ((await Http.GetAsync<Page<DonorResponse>>(client, $"/api/v1/donors?classYear={year}&limit=1")).Items.Count == 0)
            {
                return year;
            }
        }
    }
}
