namespace GiveBack.Plugins.Hosting.Storage.Tables;

/// <summary>A row of <c>plugin_external_ids</c>: a constituent a CRM connector returned, linked to a donor when it knew one.</summary>
internal sealed class PluginExternalId
{
    public required string PluginId { get; init; }

    public required string ExternalId { get; init; }

    public Guid? DonorId { get; init; }

    public string? Email { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public DateTimeOffset? ModifiedAt { get; init; }

    public DateTimeOffset PulledAt { get; init; }
}
