using GiveBack.Web.Problems;

namespace GiveBack.GivingDays.Days;

/// <summary>What setting a giving day did: the day as stored, whether it is new, or the errors (a taken slug among them).</summary>
public sealed record GivingDaySave(GivingDayRecord? Day, bool Created, bool SlugTaken, FieldErrors Errors);
