using Meic.Agreements.Library;
using Meic.Agreements.Model;
using Meic.Agreements.Services;
using Meic.Core.Hosting;
using Meic.Core.Store;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Testing;

namespace Meic.Agreements.Tests;

/// <summary>A real SQLite store with a small cluster (three actors) and the shipped clause library.</summary>
public sealed class TestCluster : IDisposable
{
    public static readonly DateOnly Today = new(2025, 3, 1);
    private readonly TempDir _dir = new("meic-agr");

    public TestCluster()
    {
        DatabaseFile = _dir.File("cluster.db");
        Store = Open();
        Store.Collection<Cluster>(Cluster.CollectionName).Insert(new Cluster { Id = "cluster", Name = "MEIC Roma", City = "Roma", Promoter = "CIES onlus", Language = "it" });
        var actors = Store.Collection<Actor>(Actor.CollectionName);
        actors.Insert(new Actor { Id = "cies", Name = "CIES onlus" });
        actors.Insert(new Actor { Id = "cnos", Name = "CNOS-FAP" });
        actors.Insert(new Actor { Id = "lumsa", Name = "LUMSA [University]" });
        actors.Insert(new Actor { Id = "alda", Name = "ALDA" });
    }

    public string DatabaseFile { get; }
    public SqliteDocumentStore Store { get; }
    public string Directory => _dir.Path;

    public static TemplateCatalog Catalog { get; } = TemplateCatalog.Load(
        TemplateCatalog.DefaultSources(Repo.Root, null)); // the repository's templates/ folder has the same layout as the app's

    /// <summary>A second connection to the same database, as a second person would have.</summary>
    public SqliteDocumentStore Open()
    {
        var store = SqliteDocumentStore.Open(DatabaseFile, create: !File.Exists(DatabaseFile));
        CoreCollections.Declare(store);
        foreach (var spec in new[] { Agreement.CollectionName, AgreementVersion.CollectionName, Commitment.CollectionName, Contribution.CollectionName, ConflictCase.CollectionName })
            store.Declare(new CollectionSpec(spec).Index("agreementId"));
        return store;
    }

    public AgreementStore Data(string user = "tester", DateOnly? today = null, IDocumentStore? store = null) => new(store ?? Store, user, today ?? Today);

    public AgreementService Service(string user = "tester", DateOnly? today = null, IDocumentStore? store = null) => new(Data(user, today, store), Catalog);

    public static DraftChanges RomeDraft() => new()
    {
        Parties = [new("cies", "promotore", "Elisabetta Melandri"), new("cnos", null, "Mario Rossi"), new("lumsa", null, "Anna Bianchi")],
        Commitments =
        [
            new("cies", CommitmentKind.StaffTime, 200, "ore", "Segreteria tecnica", null),
            new("cnos", CommitmentKind.InKind, 4, "corsi", "Corsi di formazione", null),
            new("lumsa", CommitmentKind.Attendance, 80, "%", "Presenza alle plenarie", null),
        ],
        StartsOn = new DateOnly(2025, 1, 1),
        ExpiresOn = new DateOnly(2026, 12, 31),
        NamedPeople = ["mediatrice"],
    };

    /// <summary>Drafts, circulates and has every party sign the Rome agreement.</summary>
    public Agreement InForce(string id = "roma")
    {
        var service = Service();
        service.Draft("meic-cluster-rome", id, RomeDraft());
        service.Circulate(id);
        foreach (var p in new[] { "cies", "cnos", "lumsa" }) service.Sign(id, p, null, null, Today);
        return Data().Agreement(id);
    }

    public void Dispose()
    {
        Store.Dispose();
        _dir.Dispose();
    }
}
