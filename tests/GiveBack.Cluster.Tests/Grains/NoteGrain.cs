namespace GiveBack.Cluster.Tests.Grains;

public sealed class NoteGrain([PersistentState("note", GiveBackStorage.Name)] IPersistentState<NoteState> note)
    : Grain, INoteGrain
{
    public async Task SetAsync(string text)
    {
        note.State = new NoteState(text);
        await note.WriteStateAsync();
    }

    public Task<string?> GetAsync() => Task.FromResult(note.State?.Text);
}
