using LiteDB;

namespace Meic.Store.LiteDb.Tests;

/// <summary>`meic doctor` on a real LiteDB workspace whose file was damaged, as the person reads it.</summary>
public sealed class LiteDbDoctorTests
{
    [Fact]
    public void Should_name_a_damaged_index_in_the_persons_language_and_fail()
    {
        using var ws = new LiteDbWorkspace();
        ws.Ok("doctor");
        // The indexed sector of one actor of the Rome template no longer says what its body says.
        using (var raw = new LiteDatabase(LiteDbDocumentStore.Connection(ws.Database)))
        {
            var docs = raw.GetCollection("d_actors");
            var row = docs.FindById("alda");
            row["x"]["f_sector"] = "guasto";
            docs.Update(row).ShouldBeTrue();
        }

        var it = ws.Meic("doctor", "--lang", "it");
        it.ExitCode.ShouldBe(1, it.ToString());
        it.Out.ShouldContain("indice actors.sector: il valore conservato per alda non è quello del documento");
        var es = ws.Meic("doctor", "--lang", "es");
        es.Out.ShouldContain("índice actors.sector: el valor guardado para alda no es el del documento");
    }
}
