using Meic.FocusGroups.Model;
using Meic.FocusGroups.Refi;
using Meic.FocusGroups.Reports;
using Meic.FocusGroups.Storage;

namespace Meic.FocusGroups.Tests;

public sealed class WithdrawalTests
{
    private const string Transcript =
        "MOD Anna Verdi: What helps you find work?\n" +
        "Mario Rossi: Friends help me find jobs, informally.\n" +
        "Fatou Diallo: For me football built trust with neighbours.\n" +
        "Mario Rossi: Again friends, always friends.\n" +
        "Luca Bianchi: The calls for funding fragment everything.\n";

    private static (FocusHarness H, Transcript T) Coded()
    {
        var h = new FocusHarness();
        h.Session("s1", Transcript.Replace("MOD Anna Verdi", "Anna Verdi"), "Anna Verdi", "Mario Rossi", "Fatou Diallo", "Luca Bianchi");
        // Everyone consented to quotation: what these tests follow is withdrawal.
        var session = h.Fs.Session("s1");
        foreach (var p in session.Participants) p.Consent = new Consent { Version = "v1", Language = "it", Purposes = ["research", "quotation"], Date = "2024-01-01" };
        h.Fs.Sessions.Update(session);
        var t = h.Fs.TranscriptsOf("s1").Single();
        var jobs = h.Fs.Codes.Insert(new Code { Id = "jobs", Name = "Informal networks for jobs", Guid = StableGuid.For("code", "jobs") });
        var trust = h.Fs.Codes.Insert(new Code { Id = "trust", Name = "Trust through sport", Guid = StableGuid.For("code", "trust") });
        var calls = h.Fs.Codes.Insert(new Code { Id = "calls", Name = "Dependence on calls", Guid = StableGuid.For("code", "calls") });
        var service = new CodingService(h.Fs);
        foreach (var coder in new[] { "ana", "ben" })
        {
            service.Apply(t, jobs, coder, service.Segment(t, 2, null, null), "turn", "now");
            service.Apply(t, jobs, coder, service.Segment(t, 4, null, null), "turn", "now");
            service.Apply(t, trust, coder, service.Segment(t, 3, null, null), "turn", "now");
            service.Apply(t, calls, coder, service.Segment(t, 5, null, null), "turn", "now");
        }
        h.Fs.Memos.Insert(new Memo { TargetKind = "segment", TargetId = h.Fs.Codings.Find(("codeId", "jobs")).First().Id, SessionId = "s1", Text = "friends as job centre" });
        return (h, t);
    }

    [Fact]
    public void Should_remove_the_persons_turns_from_search_reports_and_exports()
    {
        var (h, _) = Coded();
        using (h)
        {
            h.Fs.Turns.Search("friends").Count.ShouldBe(2);
            var session = h.Fs.Session("s1");
            var mario = session.Participants.Single(p => p.Pseudonym == "P1");

            var outcome = new Withdrawal(h.Fs).Apply(session, mario, "2024-05-06");

            outcome.TurnsRemoved.ShouldBe(2);
            outcome.CodingsRemoved.ShouldBe(4);
            h.Fs.Turns.Search("friends").ShouldBeEmpty();
            h.Fs.Turns.Search("football").Count.ShouldBe(1);
            var t = h.Fs.TranscriptsOf("s1").Single();
            t.Text.ShouldNotContain("friends");
            foreach (var turn in h.Fs.TurnsOf(t.Id)) t.Text[turn.TextStart..turn.End].ShouldBe(turn.Text);
            foreach (var c in h.Fs.Codings.All()) t.Text[c.Start..c.End].ShouldBe(h.Fs.Turns.Get(c.TurnId!)!.Text);
            var quotes = QuotesReport.Markdown(QuotesReport.Build(new Analysis(h.Fs).Segments()));
            quotes.ShouldNotContain("friends");
            quotes.ShouldContain("football");
            new Analysis(h.Fs).Frequencies(new Analysis(h.Fs).Segments(), "session").ShouldNotContain(r => r.Code == "Informal networks for jobs");
            var project = new RefiExchange(h.Fs).Export("x");
            project.Sources.Single().Text.ShouldNotContain("friends");
            project.Notes.ShouldBeEmpty();
            h.Fs.KeyOf("s1").Entries.ShouldNotContain(e => e.Name == "Mario Rossi");
            h.Fs.Session("s1").Participants.Single(p => p.Pseudonym == "P1").Withdrawn.ShouldBeTrue();
        }
    }

    [Fact]
    public void Should_put_segment_memos_under_their_quotes()
    {
        var (h, _) = Coded();
        using (h)
        {
            var memos = h.Fs.Memos.All().ToLookup(m => m.TargetId, m => m.Text);
            var md = QuotesReport.Markdown(QuotesReport.Build(new Analysis(h.Fs).Segments(), id => memos[id].ToList()));
            md.ShouldContain("*Memo:* friends as job centre");
            md.ShouldContain("## Informal networks for jobs (2)");
        }
    }

    [Fact]
    public void Should_drop_a_withdrawn_persons_turns_when_the_transcript_is_imported_again()
    {
        var (h, _) = Coded();
        using (h)
        {
            var session = h.Fs.Session("s1");
            new Withdrawal(h.Fs).Apply(session, session.Participants.Single(p => p.Pseudonym == "P1"), "2024-05-06");
            var outcome = new Meic.FocusGroups.Transcripts.TranscriptImporter(h.Fs).Import("s1", "again.txt", Transcript.Replace("MOD Anna Verdi", "Anna Verdi"), "txt", null, "now");
            outcome.DroppedWithdrawnTurns.ShouldBe(2);
            h.Fs.Turns.Search("friends").ShouldBeEmpty();
        }
    }
}
