namespace GiveBack.Grains.Abstractions;

/// <summary>What a create call did: creates are idempotent, so a retry is told apart from a clash.</summary>
[GenerateSerializer, Alias("giveback.create-outcome")]
public enum CreateOutcome
{
    Created,

    /// <summary>Made before by the same request: nothing new was made.</summary>
    AlreadyCreated,

    /// <summary>The id (or its idempotency key) was used before for a different request.</summary>
    Conflict,

    /// <summary>Another campaign already uses the slug.</summary>
    SlugTaken,
}
