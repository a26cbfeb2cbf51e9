using GiveBack.GivingDays.Days;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace GiveBack.GivingDays.Live;

/// <summary>
/// The live view's SignalR hub (<c>/live/giving-days</c>). Anonymous: it only ever sends what the public page shows.
/// A client calls <c>Join(slug)</c>, gets the current snapshot back and then a <c>snapshot</c> message each time the
/// ticker sees the figures change (at most once a second).
/// </summary>
[AllowAnonymous]
public sealed class GivingDayHub(GivingDayStore days, LiveSnapshots snapshots, LiveViewers viewers) : Hub
{
    public const string Path = "/live/giving-days";

    public const string SnapshotMessage = "snapshot";

    public static string Group(Guid campaignId) => $"giving-day:{campaignId:N}";

    public async Task<LiveSnapshot?> Join(string slug)
    {
        if (await days.BySlugAsync(slug, Context.ConnectionAborted) is not { } day)
        {
            return null;
        }

        if (viewers.Leave(Context.ConnectionId) is { } previous)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(previous));
        }

        viewers.Watch(Context.ConnectionId, day.CampaignId);
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(day.CampaignId));
        return await snapshots.OfAsync(day, Context.ConnectionAborted);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        viewers.Leave(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
