using GiveBack.Domain.Identity;
using GiveBack.Giving.Campaigns;
using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Grains.Abstractions;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Ledger.Campaigns;

namespace GiveBack.Constituents.Imports.Booking;

/// <summary>
/// Campaigns named by an import's rows, found by name (ignoring case) or created through giving's campaign path when
/// missing. A created campaign's id is derived from its name, so a re-run or a second host finds the same one. One
/// instance per run: campaigns are few, and each is looked up once.
/// </summary>
public sealed class ImportCampaigns(CampaignDirectory directory, CampaignEditor editor, IGrainFactory grains, TimeProvider clock)
{
    /// <summary>A campaign an import makes has a nominal goal: staff set the real one when they look at it.</summary>
    public const long CreatedGoal = 100_000_00;

    private readonly Dictionary<string, ImportCampaign?> _known = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, Guid>? _byName;

    /// <summary>
    /// The campaign called <paramref name="name"/>; null when there is none (and <paramref name="create"/> is false).
    /// One the import creates takes <paramref name="sourceId"/> (the source's UUID, from GiveBack's export) when given.
    /// </summary>
    public async Task<ImportCampaign?> FindAsync(string name, string currency, bool create, Guid? sourceId, CancellationToken cancellationToken)
    {
        if (_known.TryGetValue(name, out var known) && (known is not null || !create))
        {
            return known;
        }

        _byName ??= (await directory.ListAsync(cancellationToken))
            .GroupBy(c => c.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        var id = _byName.TryGetValue(name.Trim(), out var existing) ? existing
            : sourceId ?? NameBasedId.From($"import-campaign:{name.Trim().ToLowerInvariant()}");
        var definition = await grains.GetGrain<ICampaignGrain>(id).GetDefinitionAsync();
        if (definition is null && create)
        {
            definition = await CreateAsync(id, name.Trim(), currency);
        }

        var found = definition is null ? null : new ImportCampaign(id, definition);
        _known[name] = found;
        return found;
    }

    /// <summary>
    /// Opens from 1900 to the end of next year: it holds history, so every past gift fits its window. A slug taken by a
    /// campaign of another spelling gives way to one made of the id.
    /// </summary>
    private async Task<CampaignDefinition?> CreateAsync(Guid id, string name, string currency)
    {
        var endsOn = new DateOnly(clock.GetUtcNow().Year + 1, 12, 31);
        var request = new CampaignRequest(name, currency, CreatedGoal, new DateOnly(1900, 1, 1), endsOn, null);
        var edit = await editor.CreateAsync(id, request);
        if (edit.Outcome == CreateOutcome.SlugTaken)
        {
            edit = await editor.CreateAsync(id, request with { Slug = $"imported-{id:N}" });
        }

        return edit.Campaign?.Definition;
    }
}
