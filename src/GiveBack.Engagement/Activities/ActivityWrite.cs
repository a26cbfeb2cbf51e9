namespace GiveBack.Engagement.Activities;

/// <summary>
/// What recording a batch did: the stored rows (new or found from an earlier identical request) and how many were new.
/// <see cref="KeyReused"/> means an id already holds a different activity: nothing was written.
/// </summary>
public sealed record ActivityWrite(IReadOnlyList<ActivityRecord> Activities, int Inserted, bool KeyReused);
