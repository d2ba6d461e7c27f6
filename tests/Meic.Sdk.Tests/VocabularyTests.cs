using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Text;

namespace Meic.Sdk.Tests;

public sealed class VocabularyTests
{
    private static readonly Vocabularies Shared = Vocabularies.Shared;

    [Theory]
    [InlineData("third-sector")]
    [InlineData("terzo settore")]
    [InlineData("Terzo Settore")]
    [InlineData("terzo-settore")]
    [InlineData("tercer sector")]
    [InlineData("TERCER_SECTOR")]
    [InlineData("Third sector")]
    [InlineData("ong")]
    [InlineData("ONLUS")]
    public void Should_read_a_sector_from_its_id_any_label_or_a_synonym(string text)
    {
        Shared.Parse<Sector>(text, "it").ShouldBe(Sector.ThirdSector);
    }

    [Theory]
    [InlineData("invio", TieKind.Referral)]
    [InlineData("derivación", TieKind.Referral)]
    [InlineData("derivacion", TieKind.Referral)]
    [InlineData("DERIVACIÓN", TieKind.Referral)]
    [InlineData("co-progettazione", TieKind.CoDesign)]
    [InlineData("codiseño", TieKind.CoDesign)]
    [InlineData("scambio di informazioni", TieKind.InformationExchange)]
    [InlineData("information-exchange", TieKind.InformationExchange)]
    [InlineData("InformationExchange", TieKind.InformationExchange)]
    public void Should_read_tie_kinds_in_italian_spanish_and_english_ignoring_case_and_accents(string text, TieKind expected)
    {
        Shared.Parse<TieKind>(text, "es").ShouldBe(expected);
    }

    [Fact]
    public void Should_show_each_value_as_its_label_in_the_users_language()
    {
        Shared.Label(Sector.PublicAdministration, "it").ShouldBe("Pubblica amministrazione");
        Shared.Label(Sector.PublicAdministration, "es").ShouldBe("Administración pública");
        Shared.Label(Sector.PublicAdministration, "en").ShouldBe("Public administration");
        Shared.Label(EngagementStage.Signatory, "it").ShouldBe("Firmatario");
        Shared.Label(TieIntensity.Collaboration, "es").ShouldBe("Colaboración");
        Shared.Label("tie-kind", "referral", "it").ShouldBe("Invio");
    }

    [Fact]
    public void Should_refuse_a_typo_with_a_did_you_mean_in_the_users_language_and_exit_code_2()
    {
        var e = Should.Throw<InputException>(() => Shared.Parse<Sector>("terzo setore", "it", "--sector"));

        e.ExitCode.ShouldBe(2);
        e.Where.ShouldBe("--sector");
        e.Message.ShouldStartWith("--sector: «terzo setore» non è un valore ammesso per «settore».");
        e.Message.ShouldContain("Forse intendevi «Terzo settore» (third-sector)?");
        e.Message.ShouldContain("Valori ammessi: «Pubblica amministrazione» (public-administration), «Impresa» (company)");
    }

    [Fact]
    public void Should_word_the_refusal_in_spanish_for_a_spanish_user()
    {
        var e = Should.Throw<InputException>(() => Shared.Parse<TieKind>("derivacon", "es"));

        e.Message.ShouldContain("«derivacon» no es un valor admitido para «tipo de vínculo».");
        e.Message.ShouldContain("¿Quería decir «Derivación» (referral)?");
    }

    [Fact]
    public void Should_suggest_nothing_when_no_term_is_close()
    {
        var e = Should.Throw<InputException>(() => Shared.Parse<Sector>("zzzzzzzz", "en"));

        e.Message.ShouldNotContain("Did you mean");
        e.Message.ShouldContain("Valid: 'Public administration', 'Company', 'Representative body'"); // an English label that spells the id is not repeated
    }

    [Fact]
    public void Should_refuse_a_word_two_terms_share_rather_than_guess()
    {
        var v = new Vocabulary("colour", new LocalizedText { ["en"] = "colour" }, [
            new VocabularyTerm("red", new LocalizedText { ["en"] = "Red" }, ["warm"]),
            new VocabularyTerm("orange", new LocalizedText { ["en"] = "Orange" }, ["warm"]),
        ]);

        v.Ambiguous.ShouldBe(["warm"]);
        v.TryParse("warm", out _).ShouldBeFalse();
        v.TryParse("RED", out var red).ShouldBeTrue();
        red.Id.ShouldBe("red");
    }

    [Fact]
    public void Should_let_an_id_win_over_another_terms_synonym()
    {
        var v = new Vocabulary("x", new LocalizedText(), [
            new VocabularyTerm("plan", new LocalizedText { ["en"] = "Plan" }),
            new VocabularyTerm("survey", new LocalizedText { ["en"] = "Survey" }, ["plan"]),
        ]);

        v.Parse("plan", "en").Id.ShouldBe("plan");
    }

    [Fact]
    public void Should_read_a_clusters_areas_and_the_synonyms_its_template_declares()
    {
        var cluster = new Cluster
        {
            Areas = [new AreaDefinition { Id = "housing", Label = new LocalizedText { ["it"] = "Accoglienza abitativa", ["es"] = "Acogida residencial", ["en"] = "Housing and reception" }, Synonyms = ["casa", "vivienda"] }],
            Districts = ["Municipio I", "Municipio II"],
        };
        var set = Shared.ForCluster(cluster);

        set.Parse(Vocabularies.Area, "casa", "it").ShouldBe("housing");
        set.Parse(Vocabularies.Area, "VIVIENDA", "es").ShouldBe("housing");
        set.Parse(Vocabularies.Area, "accoglienza abitativa", "it").ShouldBe("housing");
        set.Label(Vocabularies.Area, "housing", "es").ShouldBe("Acogida residencial");
        set.Parse(Vocabularies.District, "municipio ii", "it").ShouldBe("Municipio II");
        set.Parse<Sector>("impresa", "it").ShouldBe(Sector.Company); // the shared vocabularies stay visible
        Should.Throw<InputException>(() => set.Parse(Vocabularies.Area, "csa", "it")).Message.ShouldContain("«Accoglienza abitativa» (housing)");
    }

    [Fact]
    public void Should_add_synonyms_to_a_layer_without_changing_the_shared_set()
    {
        var layer = Vocabularies.Over(Shared);
        layer.AddSynonyms("sector", "third-sector", ["cooperativa di tipo b"]);

        layer.Parse<Sector>("Cooperativa di tipo B", "it").ShouldBe(Sector.ThirdSector);
        Shared.TryParse<Sector>("Cooperativa di tipo B", out _).ShouldBeFalse();
    }

    [Fact]
    public void Should_read_a_plugins_vocabulary_definition_and_name_the_line_of_a_mistake()
    {
        var read = Vocabularies.Read("""
            {
              // a plugin's own
              "meeting-kind": {
                "title": { "it": "tipo di incontro", "es": "tipo de reunión", "en": "meeting kind" },
                "terms": { "thematic-table": { "label": { "it": "Tavolo tematico", "es": "Mesa temática", "en": "Thematic table" }, "synonyms": ["tavolo", "mesa"] } }
              }
            }
            """, "test.json");
        read.Single().Parse("tavolo", "it").Id.ShouldBe("thematic-table");

        var e = Should.Throw<InvalidDataException>(() => Vocabularies.Read("{\n \"x\": {\n  \"terms\": { \"a\": { \"label\": 3 } } } }", "broken.json"));
        e.Message.ShouldContain("broken.json");
        e.Message.ShouldContain("line 3");
    }

    [Fact]
    public void Should_give_every_builtin_term_a_label_in_italian_spanish_and_english_and_no_ambiguous_word()
    {
        foreach (var v in Shared.All)
        {
            foreach (var language in Strings.SupportedLanguages)
            {
                v.Title.ContainsKey(language).ShouldBeTrue($"{v.Name} has no {language} title");
                foreach (var t in v.Terms)
                    t.Label.TryGetValue(language, out var label).ShouldBeTrue($"{v.Name}.{t.Id} has no {language} label");
            }
            v.Ambiguous.ShouldBeEmpty($"words of {v.Name} that name two terms");
            foreach (var t in v.Terms)
                foreach (var word in t.Label.Values.Concat(t.Synonyms))
                    v.Parse(word, "en").ShouldBeSameAs(t, $"{v.Name}: '{word}' should read as {t.Id}");
        }
    }

    [Fact]
    public void Should_describe_every_value_of_the_sdks_enums_and_nothing_else()
    {
        Check<Sector>(); Check<EngagementStage>(); Check<NetworkKind>(); Check<MeicPhase>();
        Check<TieKind>(); Check<TieIntensity>(); Check<TieSource>();

        static void Check<T>() where T : struct, Enum =>
            Shared.Of<T>()!.Terms.Select(t => t.Id).ShouldBe(Enum.GetValues<T>().Select(v => Names.Kebab(v)), typeof(T).Name);
    }

    [Fact]
    public void Should_read_yes_in_italian_and_spanish_at_a_prompt()
    {
        var answer = Shared.Get("answer");
        answer.Parse("sì", "it").Id.ShouldBe("yes");
        answer.Parse("Sí", "es").Id.ShouldBe("yes");
        answer.Parse("si", "es").Id.ShouldBe("yes");
        answer.Parse("no", "it").Id.ShouldBe("no");
    }

    [Fact]
    public void Should_mark_labels_and_titles_in_the_pseudo_language()
    {
        Shared.Label(Sector.ThirdSector, Strings.PseudoLanguage).ShouldBe("⟦Third sector⟧");
        Should.Throw<InputException>(() => Shared.Parse<Sector>("x", Strings.PseudoLanguage)).Message
            .ShouldBe("'x⟦' is not a known ⟧⟦sector⟧. ⟦Valid: ⟧'⟦Public administration⟧', '⟦Company⟧', '⟦Representative body⟧', '⟦Third sector⟧', '⟦Research and universities⟧' (research), '⟦Diaspora community⟧', '⟦Informal group⟧'.");
        Shared.Get(Vocabularies.NameOf<Sector>()).Choices("it").ShouldStartWith("Pubblica amministrazione, Impresa, ");
    }
}
