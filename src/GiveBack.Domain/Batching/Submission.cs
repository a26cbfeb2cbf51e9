namespace GiveBack.Domain.Batching;

/// <summary>One item waiting in a <see cref="GroupCommitter{TItem, TResult}"/>, and the way its flush answers it.</summary>
public sealed class Submission<TItem, TResult>(TItem item)
{
    private readonly TaskCompletionSource<TResult> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TItem Item { get; } = item;

    /// <summary>Whether the submitter has its answer (a result or a failure).</summary>
    public bool IsAnswered => _outcome.Task.IsCompleted;

    internal Task<TResult> Outcome => _outcome.Task;

    /// <summary>Answers the submitter; later answers to the same item are ignored.</summary>
    public void Complete(TResult result) => _outcome.TrySetResult(result);

    public void Fail(Exception exception) => _outcome.TrySetException(exception);

    /// <summary>Answers the submitter with what <paramref name="answer"/> makes of its item, or with its failure.</summary>
    public async Task AnswerWithAsync(Func<TItem, Task<TResult>> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        try
        {
            Complete(await answer(Item));
        }
        catch (Exception exception)
        {
            Fail(exception);
        }
    }
}
