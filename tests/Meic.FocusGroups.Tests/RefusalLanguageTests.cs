using Meic.Testing;

namespace Meic.FocusGroups.Tests;

/// <summary>The focus groups' refusals from the real host, in the person's language, exit 2.</summary>
public sealed class RefusalLanguageTests : IDisposable
{
    private readonly TempDir _dir = new("meic-focus-words");
    private string Ws => Path.Combine(_dir.Path, "rome");

    public RefusalLanguageTests()
    {
        MeicProcess.Run(_dir.Path, "init", Ws, "--template", "rome").ExitCode.ShouldBe(0);
        Meic("en", "focus", "session", "add", "--id", "fg1", "--topic", "Lavoro", "--date", "2024-03-01", "--participant", "Mario Rossi").ExitCode.ShouldBe(0);
    }

    public void Dispose() => _dir.Dispose();

    private MeicResult Meic(string language, params string[] args) =>
        MeicProcess.Run(_dir.Path, new Dictionary<string, string?> { ["MEIC_USER"] = "ana" }, ["--cluster", Ws, .. args, "--lang", language]);

    private void Refused(MeicResult r, string expected)
    {
        r.ExitCode.ShouldBe(2, r.ToString());
        r.Err.ShouldContain(expected);
    }

    [Fact]
    public void Should_refuse_coding_without_a_transcript_in_italian_and_spanish()
    {
        Refused(Meic("it", "focus", "code", "apply", "--session", "fg1", "--code", "informal-networks-jobs", "--turn", "1"),
            "--session: la sessione fg1 non ha ancora una trascrizione; importane prima una.");
        Refused(Meic("es", "focus", "code", "apply", "--session", "fg1", "--code", "informal-networks-jobs", "--turn", "1"),
            "--session: la sesión fg1 todavía no tiene transcripción; importa una primero.");
    }

    [Fact]
    public void Should_refuse_a_memo_about_nothing_and_an_unknown_coding_in_the_persons_language()
    {
        Refused(Meic("it", "focus", "memo", "add", "una nota"), "--code: indica a cosa si riferisce il memo: --code, --session o --coding.");
        Refused(Meic("es", "focus", "memo", "add", "una nota", "--coding", "c-404"), "--coding: no hay ninguna codificación «c-404».");
        Refused(Meic("es", "focus", "memo", "add", "una nota", "--session", "fg9"), "--session: ninguna sesión 'fg9'");
    }

    [Fact]
    public void Should_list_the_choices_by_their_names_when_refusing_one()
    {
        Refused(Meic("it", "focus", "session", "add", "--topic", "X", "--kind", "party"),
            "--kind: atteso uno tra focus group (focus-group), intervista (interview); trovato 'party'.");
        Refused(Meic("es", "focus", "report", "frequencies", "--by", "colour"),
            "--by: se esperaba uno de sesión (session), participante que habla (speaker), sector (sector), área (area); se encontró 'colour'.");
    }

    [Fact]
    public void Should_refuse_a_bad_date_and_an_unknown_participant_in_the_persons_language()
    {
        Refused(Meic("it", "focus", "consent", "record", "--session", "fg1", "--participant", "P9", "--version", "v1", "--language", "it", "--purpose", "research"),
            "--participant: nessun partecipante 'P9' nella sessione fg1; partecipanti: P1.");
        Refused(Meic("es", "focus", "session", "add", "--topic", "X", "--date", "32/13/2024"), "--date: ");
    }

    [Fact]
    public void Should_refuse_an_unknown_consent_purpose_with_a_did_you_mean_exit_2_and_record_nothing()
    {
        Refused(Meic("it", "focus", "consent", "record", "--session", "fg1", "--participant", "P1", "--version", "v1", "--language", "it", "--purpose", "ricerca,citazone"),
            "--purpose: «citazone» non è un valore ammesso per «finalità del consenso». Forse intendevi «Citazioni» (quotation)?");
        Refused(Meic("es", "focus", "consent", "record", "--session", "fg1", "--participant", "P1", "--version", "v1", "--language", "es", "--purpose", "investigacion,grabacon"),
            "--purpose: «grabacon» no es un valor admitido para «finalidad del consentimiento». ¿Quería decir «Grabación» (recording)?");
        var shown = Meic("en", "focus", "session", "show", "fg1", "--json");
        shown.ExitCode.ShouldBe(0, shown.ToString());
        var consent = Newtonsoft.Json.Linq.JObject.Parse(shown.Out)["session"]!["participants"]!.Single()["consent"];
        (consent is null || consent.Type == Newtonsoft.Json.Linq.JTokenType.Null).ShouldBeTrue(shown.Out); // nothing recorded
    }
}
