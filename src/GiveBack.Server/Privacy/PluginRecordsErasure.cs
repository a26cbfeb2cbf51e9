using GiveBack.Domain.Erasure;
using GiveBack.Plugins.Hosting.Storage;

namespace GiveBack.Server.Privacy;

/// <summary>
/// The plugin host's part of an erasure (see <see cref="PluginDonorRecords"/>). It sits with the host, as the pruners
/// do, because the plugin host references no product assembly; the plugins themselves hear of it through the
/// <c>DonorErased</c> event.
/// </summary>
internal sealed class PluginRecordsErasure(PluginDonorRecords records) : IDonorErasureStep
{
    public int Order => 400;

    public string Name => "plugins: names and e-mail pulled back from CRMs";

    public Task EraseAsync(DonorErasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        return records.ForgetAsync(erasure.DonorId, erasure.Email, cancellationToken);
    }
}
