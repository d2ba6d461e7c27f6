using Meic.Sdk.Model;

namespace Meic.Brokerage.Model;

/// <summary>
/// The answers a person gave to an orientation script, saved to their case (collection <c>orientation-answers</c>) only
/// with their consent. Like a referral, the person is known only by a pseudonymous case code; answers are sealed.
/// </summary>
public sealed class Interview : Document
{
    public string ScriptId { get; set; } = "";
    public string CaseCode { get; set; } = "";
    /// <summary>written or verbal: an interview is never saved without consent.</summary>
    public string Consent { get; set; } = "";
    public string RecordedOn { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public List<InterviewAnswer> Answers { get; set; } = new();
}

/// <summary>One question of the script and what the person answered.</summary>
public sealed class InterviewAnswer
{
    public string Question { get; set; } = "";
    public string Answer { get; set; } = "";
}
