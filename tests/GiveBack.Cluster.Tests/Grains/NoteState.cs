namespace GiveBack.Cluster.Tests.Grains;

[GenerateSerializer]
[Alias("GiveBack.Cluster.Tests.NoteState")]
public sealed record NoteState([property: Id(0)] string? Text);
