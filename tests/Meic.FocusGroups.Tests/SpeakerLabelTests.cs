using System.CommandLine;
using Meic.FocusGroups.Commands;
using Meic.FocusGroups.Model;
using Meic.FocusGroups.Transcripts;
using Meic.Sdk.Text;
using Newtonsoft.Json.Linq;

namespace Meic.FocusGroups.Tests;

/// <summary>Speaker labels on import: who leads the session is never a P-number, and every label's pseudonym is said.</summary>
public sealed class SpeakerLabelTests
{
    [Theory]
    [InlineData("Moderatore", "facilitator", null, null)]
    [InlineData("Moderatrice", "facilitator", null, null)]
    [InlineData("Moderador", "facilitator", null, null)]
    [InlineData("Moderadora", "facilitator", null, null)]
    [InlineData("Moderator", "facilitator", null, null)]
    [InlineData("Facilitatore", "facilitator", null, null)]
    [InlineData("Facilitatrice", "facilitator", null, null)]
    [InlineData("Facilitador", "facilitator", null, null)]
    [InlineData("Facilitadora", "facilitator", null, null)]
    [InlineData("Facilitator", "facilitator", null, null)]
    [InlineData("Mod", "facilitator", null, null)]
    [InlineData("MOD.", "facilitator", null, null)]
    [InlineData("MODERATORE", "facilitator", null, null)]
    [InlineData("Modératrice", "facilitator", null, null)]
    [InlineData("Moderatore 2", "facilitator", 2, null)]
    [InlineData("Mod2", "facilitator", 2, null)]
    [InlineData("Moderatrice Anna Verdi", "facilitator", null, "Anna Verdi")]
    [InlineData("Facilitador - Juan", "facilitator", null, "Juan")]
    [InlineData("Intervistatore", "interviewer", null, null)]
    [InlineData("Intervistatrice", "interviewer", null, null)]
    [InlineData("Entrevistador", "interviewer", null, null)]
    [InlineData("entrevistadora", "interviewer", null, null)]
    [InlineData("Interviewer 1", "interviewer", 1, null)]
    public void Should_read_moderator_facilitator_and_interviewer_words_in_italian_spanish_and_english(string label, string role, int? number, string? name)
    {
        var read = SpeakerLabels.Conductor(label).ShouldNotBeNull(label);
        (read.Role, read.Number, read.Name).ShouldBe((role, number, name));
    }

    [Theory]
    [InlineData("Modesto Rossi")]
    [InlineData("Moderna")]
    [InlineData("Intesa")]
    [InlineData("Mario Rossi")]
    [InlineData("P1")]
    public void Should_not_read_a_persons_name_as_a_moderators_label(string label) =>
        SpeakerLabels.Conductor(label).ShouldBeNull();

    private static FocusHarness Harness(out FgSession session, SessionKind kind = SessionKind.FocusGroup, string? facilitator = "Anna Verdi", params string[] participants)
    {
        var h = new FocusHarness();
        session = new FgSession { Id = "fg1", Topic = "lavoro", Kind = kind };
        var key = new PseudonymKey { Id = "key-fg1", SessionId = "fg1" };
        if (facilitator is not null) session.Facilitator = Participants.Add(session, key, facilitator, null, Participants.LeaderRole(kind)).Pseudonym;
        foreach (var p in participants) Participants.Add(session, key, p, null, "participant");
        h.Fs.Sessions.Insert(session);
        h.Fs.Keys.Insert(key);
        return h;
    }

    private static TranscriptImporter.Outcome Import(FocusHarness h, string text) =>
        new TranscriptImporter(h.Fs).Import("fg1", "t.txt", TextSource.Normalize(text), "txt", null, "2024-01-01T00:00:00Z");

    private static string[] Speakers(FocusHarness h) => h.Fs.TurnsOf(h.Fs.TranscriptsOf("fg1").Last().Id).Select(t => t.Speaker).ToArray();

    [Fact]
    public void Should_link_moderatore_to_the_sessions_facilitator_instead_of_adding_a_p_number()
    {
        using var h = Harness(out _, participants: ["Mario Rossi", "Fatou Diallo"]);

        var outcome = Import(h, "Moderatore: Come trovate lavoro?\nMario Rossi: Con gli amici.\nmoderatrice: E tu?\nFatou Diallo: Con lo sport.\n");

        Speakers(h).ShouldBe(["MOD", "P1", "MOD", "P2"]);
        outcome.Created.ShouldBeEmpty();
        h.Fs.Session("fg1").Participants.Select(p => p.Pseudonym).ShouldBe(["MOD", "P1", "P2"]);
        outcome.Speakers.Select(s => (s.Label, s.Pseudonym, s.How)).ShouldBe([
            ("Moderatore", "MOD", SpeakerMatch.Leader), ("Mario Rossi", "P1", SpeakerMatch.RegisteredName),
            ("moderatrice", "MOD", SpeakerMatch.Leader), ("Fatou Diallo", "P2", SpeakerMatch.RegisteredName)]);
        h.Fs.TranscriptsOf("fg1").Single().Text.ShouldStartWith("MOD: Come trovate lavoro?");
    }

    [Fact]
    public void Should_add_the_facilitator_as_MOD_when_the_session_has_none_and_say_so()
    {
        using var h = Harness(out _, facilitator: null, participants: ["Mario Rossi"]);

        var outcome = Import(h, "Facilitador: ¿Cómo encontráis trabajo?\nMario Rossi: Con amigos.\nFACILITADOR: ¿Y el centro de empleo?\n");

        Speakers(h).ShouldBe(["MOD", "P1", "MOD"]);
        var mod = outcome.Created.ShouldHaveSingleItem();
        (mod.Pseudonym, mod.Role).ShouldBe(("MOD", "facilitator"));
        h.Fs.Session("fg1").Facilitator.ShouldBe("MOD");
        h.Fs.KeyOf("fg1").Entries.ShouldNotContain(e => e.Name.StartsWith("Facilitador", StringComparison.OrdinalIgnoreCase)); // a role word is not a name
    }

    [Fact]
    public void Should_give_an_interviews_interviewer_the_pseudonym_INT()
    {
        using var h = Harness(out _, SessionKind.Interview, facilitator: null, participants: ["Fatou Diallo"]);

        var outcome = Import(h, "Intervistatrice: Da quanto tempo vivi a Roma?\nFatou Diallo: Da sei anni.\n");

        Speakers(h).ShouldBe(["INT", "P1"]);
        (outcome.Created.Single().Pseudonym, outcome.Created.Single().Role).ShouldBe(("INT", "interviewer"));
        Run(h, "session", "add", "--id", "int2", "--topic", "casa", "--kind", "interview", "--facilitator", "Carla Neri", "--participant", "Ali").ShouldBe(0);
        h.Fs.Session("int2").Participants.Select(p => (p.Pseudonym, p.Role)).ShouldBe([("INT", "interviewer"), ("P1", "participant")]);
        h.Fs.Session("int2").Facilitator.ShouldBe("INT");
    }

    [Fact]
    public void Should_link_an_interviewer_registered_with_the_session_by_their_name_or_the_role_word()
    {
        using var h = Harness(out _, SessionKind.Interview, facilitator: "Carla Neri", participants: ["Fatou Diallo"]);

        Import(h, "Carla Neri: Da quanto tempo vivi a Roma?\nFatou Diallo: Da sei anni.\nEntrevistadora: ¿Y antes?\nInterviewer: And before?\n");

        Speakers(h).ShouldBe(["INT", "P1", "INT", "INT"]);
    }

    [Fact]
    public void Should_link_a_numbered_moderator_to_the_matching_MOD_and_add_it_once()
    {
        using var h = Harness(out _, participants: ["Mario Rossi"]);

        var outcome = Import(h, "Moderatore 1: Buongiorno.\nModeratore 2: Io prendo appunti.\nMario Rossi: Ciao.\nMod2: Grazie.\n");

        Speakers(h).ShouldBe(["MOD", "MOD2", "P1", "MOD2"]);
        var added = outcome.Created.ShouldHaveSingleItem();
        (added.Pseudonym, added.Role).ShouldBe(("MOD2", "facilitator"));
    }

    [Fact]
    public void Should_link_a_moderator_label_with_the_facilitators_name_or_first_name_to_them()
    {
        using var h = Harness(out _, participants: ["Mario Rossi"]);

        var outcome = Import(h, "Moderatrice Anna Verdi: Buongiorno.\nMario Rossi: Ciao.\nModeratrice Anna: Iniziamo.\nMOD: Bene.\n");

        Speakers(h).ShouldBe(["MOD", "P1", "MOD", "MOD"]);
        outcome.Created.ShouldBeEmpty();
    }

    [Fact]
    public void Should_keep_two_moderators_with_different_unregistered_names_apart()
    {
        using var h = Harness(out _, facilitator: null, participants: ["Mario Rossi"]);

        var outcome = Import(h, "Moderatrice Anna: Buongiorno.\nModeratore Luca: Io prendo appunti.\nMario Rossi: Ciao.\nModeratrice anna: Grazie.\n");

        Speakers(h).ShouldBe(["MOD", "MOD2", "P1", "MOD"]);
        outcome.Created.Select(p => p.Pseudonym).ShouldBe(["MOD", "MOD2"]);
        h.Fs.KeyOf("fg1").Entries.Where(e => e.Pseudonym.StartsWith("MOD")).Select(e => e.Name).ShouldBe(["Anna", "Luca"]);
    }

    [Fact]
    public void Should_link_known_participants_by_pseudonym_registered_name_and_the_sessions_facilitator_name()
    {
        using var h = Harness(out var session, participants: ["Mario Rossi", "Fatou Diallo"]);

        var outcome = Import(h, "anna verdi: Benvenuti.\nP1: Con gli amici.\nFATOU DIALLO: Con lo sport.\nLuigi: Io sono nuovo.\n");

        Speakers(h).ShouldBe(["MOD", "P1", "P2", "P3"]);
        outcome.Speakers.Select(s => s.How).ShouldBe([SpeakerMatch.RegisteredName, SpeakerMatch.Pseudonym, SpeakerMatch.RegisteredName, SpeakerMatch.New]);
        outcome.Created.Select(p => p.Pseudonym).ShouldBe(["P3"]);

        // A session whose facilitator field holds a name (written by a script) links that name too, and keeps it only in the key.
        using var h2 = new FocusHarness();
        h2.Fs.Sessions.Insert(new FgSession { Id = "fg1", Topic = "t", Facilitator = "Anna Verdi" });
        Import(h2, "Anna Verdi: Benvenuti.\nMario: Ciao.\n");
        Speakers(h2).ShouldBe(["MOD", "P1"]);
        h2.Fs.Session("fg1").Facilitator.ShouldBe("MOD");
        h2.Fs.KeyOf("fg1").Entries.Single(e => e.Pseudonym == "MOD").Name.ShouldBe("Anna Verdi");
    }

    [Fact]
    public void Should_say_when_an_earlier_import_made_a_moderator_label_a_participant_of_its_own()
    {
        using var h = Harness(out _, participants: ["Mario Rossi"]);
        var session = h.Fs.Session("fg1");
        var key = h.Fs.KeyOf("fg1");
        Participants.Add(session, key, "Moderatore", null, null); // what imports did before: P2 "Moderatore"
        h.Fs.Sessions.Update(session);
        h.Fs.SaveKey(key);

        var outcome = Import(h, "Moderatore: Buongiorno.\nMario Rossi: Ciao.\n");

        Speakers(h).ShouldBe(["MOD", "P1"]);
        outcome.Earlier.ShouldHaveSingleItem().ShouldBe(new EarlierLink("Moderatore", "P2", "MOD"));
    }

    [Theory]
    [InlineData("it", "trascrizione fg1-tr1: 4 turni, 1 nuovo partecipante", "  Moderatore → MOD (conduce la sessione): 2 turni", "  Luigi → P2 (nuovo partecipante): 1 turno", "nuovi partecipanti: P2")]
    [InlineData("es", "transcripción fg1-tr1: 4 turnos, 1 participante nuevo", "  Moderatore → MOD (conduce la sesión): 2 turnos", "  Luigi → P2 (participante nuevo): 1 turno", "participantes nuevos: P2")]
    [InlineData("en", "transcript fg1-tr1: 4 turns, 1 new participant", "  Moderatore → MOD (leads the session): 2 turns", "  Luigi → P2 (new participant): 1 turn", "new participants: P2")]
    public void Should_say_which_label_became_which_pseudonym_and_who_was_added_in_the_users_language(string language, string header, string moderator, string added, string created)
    {
        using var h = Harness(out _, participants: ["Mario Rossi"]);
        h.Language = language;
        var file = h.Dir.Write("fg1.txt", "Moderatore: Buongiorno.\nMario Rossi: Ciao.\nLuigi: Salve.\nModeratore: Iniziamo.\n");

        Run(h, "transcript", "import", file, "--session", "fg1").ShouldBe(0);

        var lines = h.Output.ToString().Split('\n');
        lines[0].ShouldBe(header);
        lines.ShouldContain(moderator);
        lines.ShouldContain(added);
        lines.ShouldContain(created);
    }

    [Fact]
    public void Should_list_labels_pseudonyms_and_added_participants_in_json()
    {
        using var h = Harness(out _, facilitator: null, participants: ["Mario Rossi"]);
        h.Json = true;
        var file = h.Dir.Write("fg1.txt", "Moderadora: Hola.\nMario Rossi: Hola.\nLuigi: Hola.\n");

        Run(h, "transcript", "import", file, "--session", "fg1").ShouldBe(0);

        var json = JObject.Parse(h.Output.ToString());
        ((int)json["newParticipants"]!).ShouldBe(2);
        json["speakers"]!.Select(s => $"{s["label"]}={s["pseudonym"]}:{s["how"]}:{s["turns"]}").ShouldBe(["Moderadora=MOD:leader:1", "Mario Rossi=P1:registered-name:1", "Luigi=P2:new:1"]);
        json["created"]!.Select(p => $"{p["pseudonym"]}:{p["role"]}").ShouldBe(["MOD:facilitator", "P2:"]);
    }

    [Fact]
    public void Should_name_the_pseudonym_of_a_speaker_whose_turns_were_left_out_for_withdrawn_consent()
    {
        using var h = Harness(out _, participants: ["Mario Rossi", "Fatou Diallo"]);
        Import(h, "Mario Rossi: Ciao.\nFatou Diallo: Salve.\n");
        var session = h.Fs.Session("fg1");
        new Storage.Withdrawal(h.Fs).Apply(session, session.Participants.Single(p => p.Pseudonym == "P1"), "2024-05-06");
        h.Language = "it";
        var file = h.Dir.Write("again.txt", "Mario Rossi: Ciao.\nFatou Diallo: Salve.\nMario Rossi: Ancora.\n");

        Run(h, "transcript", "import", file, "--session", "fg1").ShouldBe(0);

        h.Output.ToString().ShouldContain("  Mario Rossi → P1 (nome registrato): ha revocato il consenso, turni esclusi: 2");
    }

    [Fact]
    public void Should_have_no_word_that_names_two_roles_and_every_label_in_three_languages()
    {
        foreach (var v in FocusVocabularies.All)
        {
            v.Ambiguous.ShouldBeEmpty(v.Name);
            foreach (var language in Strings.SupportedLanguages)
            {
                v.Title.ContainsKey(language).ShouldBeTrue($"{v.Name} {language}");
                foreach (var t in v.Terms) t.Label.ContainsKey(language).ShouldBeTrue($"{v.Name}.{t.Id} {language}");
            }
            foreach (var t in v.Terms)
                foreach (var word in t.Label.Values.Concat(t.Synonyms))
                    v.Parse(word, "en").ShouldBeSameAs(t, $"{v.Name}: '{word}'");
        }
    }

    internal static int Run(FocusHarness h, params string[] args)
    {
        var root = new RootCommand { FocusCommand.Create(h) };
        return root.Parse(["focus", .. args]).Invoke(new InvocationConfiguration { Output = h.Output, Error = h.Output, EnableDefaultExceptionHandler = false });
    }
}
