using System.Text;
using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Domain;

/// <summary>An orientation script run as an interview: the answers as text, or saved to a case with consent.</summary>
public static class Interviews
{
    /// <summary>Saves the answers to <paramref name="caseCode"/>'s case; refused without written or verbal consent.</summary>
    public static Interview Save(IDocumentStore store, OrientationScript script, string caseCode, string consent, IReadOnlyList<string> answers,
        string user, DateTimeOffset now, Strings s)
    {
        var code = CaseCode.Validate(caseCode, s);
        var kind = BrokerVocabularies.Get(BrokerVocabularies.ConsentKind).TryParse(consent, out var term) ? term.Id : consent.Trim().ToLowerInvariant();
        if (kind is not ("written" or "verbal")) throw new InputException(s["interview.noConsent"], "--consent");
        var interview = new Interview
        {
            ScriptId = script.Id, CaseCode = code, Consent = kind, RecordedOn = now.ToString("yyyy-MM-dd"), RecordedBy = user,
            Answers = script.Questions.Select((q, i) => new InterviewAnswer { Question = q, Answer = i < answers.Count ? answers[i].Trim() : "" }).ToList(),
        };
        return store.Collection<Interview>(Collections.Interviews).Insert(interview);
    }

    /// <summary>The script with its answers, the services to consider and the documents to bring, as text to read or print.</summary>
    public static string Text(OrientationScript script, IReadOnlyList<string> answers, IEnumerable<Service> services, Strings s)
    {
        var text = new StringBuilder();
        text.AppendLine(script.Title);
        if (script.Situation.Length > 0) text.AppendLine(script.Situation);
        text.AppendLine().AppendLine(s["script.questions"]);
        for (var i = 0; i < script.Questions.Count; i++)
            text.AppendLine($"{i + 1}. {script.Questions[i]}").AppendLine($"   → {(i < answers.Count && answers[i].Trim().Length > 0 ? answers[i].Trim() : "-")}");
        Section(text, s["script.services"], script.Services.Where(x => x.Contains(' ')).Concat(services.Select(x => x.Name + (x.Phone is null ? "" : " · " + x.Phone))).Distinct());
        Section(text, s["script.documents"], script.Documents);
        Section(text, s["script.tips"], script.Tips);
        return text.ToString().TrimEnd();
    }

    private static void Section(StringBuilder text, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0) return;
        text.AppendLine().AppendLine(title);
        foreach (var l in list) text.AppendLine("  • " + l);
    }
}
