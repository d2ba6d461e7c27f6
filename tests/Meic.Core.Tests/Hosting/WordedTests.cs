using Meic.Core.Hosting;
using Meic.Core.Store;
using Meic.Sdk.Errors;
using Meic.Testing;

namespace Meic.Core.Tests.Hosting;

/// <summary>Errors thrown where the person's language is unknown are said in it by the host.</summary>
public sealed class WordedTests : IDisposable
{
    private readonly TempDir _dir = new("meic-worded");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Should_keep_english_in_the_message_and_say_it_in_the_persons_language()
    {
        var e = Should.Throw<InputException>(() => SqliteDocumentStore.Open(_dir.File("missing.db")));

        e.ExitCode.ShouldBe(2);
        e.Message.ShouldEndWith("missing.db: the database file does not exist; create the workspace with `meic init`.");
        Worded.Say(e, HostStrings.Load("it")).ShouldEndWith("missing.db: il file dell'archivio non esiste; crea il cluster con `meic init`.");
        Worded.Say(e, HostStrings.Load("es")).ShouldEndWith("missing.db: el archivo de la base de datos no existe; crea el clúster con `meic init`.");
    }

    [Fact]
    public void Should_word_a_reason_inside_a_refusal_in_the_same_language()
    {
        var e = Worded.Input("store.search.syntax", "query", "(casa", new Words("search.parenOpen"));

        e.Message.ShouldBe("query: the search '(casa' is not valid full-text syntax (a parenthesis is not closed); put phrases in double quotes.");
        Worded.Say(e, HostStrings.Load("it")).ShouldBe("query: la ricerca '(casa' non è scritta in modo corretto (una parentesi non è chiusa); metti le frasi tra virgolette doppie.");
    }

    [Fact]
    public void Should_say_a_conflict_from_its_fields()
    {
        var e = new ConflictException("actors", "casa-x", 2, 3);

        Worded.Say(e, HostStrings.Load("es")).ShouldBe("conflicto: otra persona ha modificado actors/casa-x (tenías la versión 2, el almacén tiene la 3); no se ha escrito nada. Vuelve a cargar e inténtalo de nuevo.");
    }
}
