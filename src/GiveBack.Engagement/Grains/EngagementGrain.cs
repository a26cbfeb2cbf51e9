using GiveBack.Cluster;
using GiveBack.Engagement.Activities;
using GiveBack.Engagement.Scoring;
using GiveBack.Engagement.Stages;
using GiveBack.Grains.Abstractions.Engagement;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Engagement.Grains;

public sealed class EngagementGrain(
    [PersistentState("engagement", GiveBackStorage.Name)] IPersistentState<EngagementState> state,
    ActivityStore activities,
    StandingStore standings,
    EngagementModel model,
    [FromKeyedServices(EngagementClock.Key)] TimeProvider clock) : Grain, IEngagementGrain
{
    // Every scored activity of this donor by id: tens to hundreds per donor, so exact de-duplication is cheap.
    private readonly Dictionary<Guid, ScoredActivity> _activities = [];

    private Guid Id => this.GetPrimaryKey();

    private string Stage => state.State.Stage ?? model.EntryRung.Name;

    public override Task OnActivateAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<EngagementView> GetAsync() => EvaluateAsync(designation: null);

    public Task<EngagementView> ApplyAsync(ActivityFact[] activities)
    {
        foreach (var activity in activities.Where(a => a.DonorId == Id))
        {
            _activities.TryAdd(activity.Id, new ScoredActivity(activity.Type, activity.OccurredAt));
        }

        return EvaluateAsync(designation: null);
    }

    public Task<EngagementView> DesignateAsync(AmbassadorDesignation designation) => EvaluateAsync(designation);

    public async Task<EngagementView> RebuildAsync()
    {
        await LoadAsync(CancellationToken.None);
        return await EvaluateAsync(designation: null);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        _activities.Clear();
        foreach (var activity in await activities.OfDonorAsync(Id, cancellationToken))
        {
            _activities[activity.Id] = new ScoredActivity(activity.Type, activity.OccurredAt);
        }

        // The standing row commits with the stage change; if this grain's state lags it (a failure between the two
        // writes), the database is right.
        if (await standings.FindAsync(Id, cancellationToken) is { } standing && standing.Since != state.State.StageSince)
        {
            state.State.Stage = standing.Stage;
            state.State.StageSince = standing.Since;
            state.State.StageReason = standing.Reason;
            state.State.AmbassadorReasons = standing.AmbassadorReasons;
        }
    }

    /// <summary>Scores at the current time, places the donor on the ladder and records a change of stage if there is one.</summary>
    private async Task<EngagementView> EvaluateAsync(AmbassadorDesignation? designation)
    {
        var now = clock.GetUtcNow();
        var score = model.Score(_activities.Values, now);
        var rung = model.RungFor(score.Total, score.LastActivityAt, now);
        var current = Stage;
        var wasAmbassador = current == model.AmbassadorStage;
        var designated = (designation?.IsAmbassador ?? wasAmbassador) && rung == model.TopRung;
        var target = designated ? model.AmbassadorStage : rung.Name;
        var ambassadorReasons = designated ? designation?.Reasons ?? state.State.AmbassadorReasons : [];

        if (target != current)
        {
            var reason = Reason(current, target, rung, score, designation);
            await standings.RecordAsync(new StageTransition(Id, current, target, reason, score.Total, designated, ambassadorReasons, now));
            state.State.Stage = target;
            state.State.StageSince = now;
            state.State.StageReason = reason;
            state.State.AmbassadorReasons = ambassadorReasons;
            await state.WriteStateAsync();
        }
        else if (designated && !ambassadorReasons.SequenceEqual(state.State.AmbassadorReasons))
        {
            // Still an ambassador, with a new rank or score: refresh the reasons, no event (the stage did not move).
            await standings.UpdateAmbassadorReasonsAsync(Id, ambassadorReasons, now);
            state.State.AmbassadorReasons = ambassadorReasons;
            await state.WriteStateAsync();
        }

        return View(score);
    }

    private string Reason(string current, string target, StageRule rung, ScoreBreakdown score, AmbassadorDesignation? designation)
    {
        if (target == model.AmbassadorStage)
        {
            return StageReasons.BecameAmbassador(designation?.Reasons ?? []);
        }

        var from = model.RungNamed(current) ?? model.EntryRung;
        if (current == model.AmbassadorStage && rung == model.TopRung)
        {
            return StageReasons.NoLongerDesignated(designation?.Reasons ?? []);
        }

        return rung.Level > from.Level ? StageReasons.Promoted(rung, score) : StageReasons.Demoted(from, rung, score);
    }

    private EngagementView View(ScoreBreakdown score) => new(
        Id,
        Math.Round(score.Total, 4),
        [.. score.Dimensions.Select(d => new DimensionScore(d.Dimension, Math.Round(d.Score, 4), d.Activities))],
        Stage,
        state.State.StageSince,
        state.State.StageReason,
        Stage == model.AmbassadorStage,
        state.State.AmbassadorReasons,
        score.LastActivityAt,
        score.Activities,
        score.AsOf);
}
