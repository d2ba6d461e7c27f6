using System.Text;
using Meic.Core.Hosting;
using Meic.Core.Privacy;
using Meic.Sdk.Model;
using Meic.Testing;
using Npgsql;

namespace Meic.Store.Postgres.Tests;

public sealed class EncryptionTests
{
    private const string Email = "amina.y@example.org";

    [Fact]
    public void Should_reveal_no_sensitive_field_in_a_database_copied_without_its_key()
    {
        using var ws = new ClusterWorkspaceFixture();
        AddContact(ws);
        using var elsewhere = new ClusterWorkspaceFixture();
        File.Copy(ws.Database, elsewhere.Database, overwrite: true); // the thief's copy, with a key of its own

        RawFileContains(ws.Database, Email).ShouldBeFalse();
        RawFileContains(ws.Database, "Amina Yusuf").ShouldBeFalse();
        RawFileContains(ws.Database, "Mediatrice").ShouldBeTrue(); // the role is not sensitive: proves the record is there
        var stolen = elsewhere.Meic("privacy", "export", "Amina Yusuf");
        stolen.ExitCode.ShouldBe(2);
        stolen.Err.ShouldContain("che non è nel tuo file delle chiavi"); // in the Rome workspace's language
        stolen.Out.ShouldNotContain(Email);
        ws.Meic("privacy", "export", "Amina Yusuf").Out.ShouldContain(Email); // with the key, all is there
    }

    [Fact]
    public void Should_say_a_wrong_key_does_not_decrypt_the_data()
    {
        using var ws = new ClusterWorkspaceFixture();
        AddContact(ws);
        var keyFile = KeyRing.DefaultFile(ws.Directory);
        var id = File.ReadAllLines(keyFile).Last().Split(' ')[0];
        var wrong = Path.Combine(ws.Directory, "wrong.key");
        File.WriteAllText(wrong, $"{id} {Convert.ToBase64String(new byte[32])}\n");
        ws.Env[KeyRing.FileVariable] = wrong;

        var result = ws.Meic("status");

        result.ExitCode.ShouldBe(2);
        result.Err.ShouldContain($"la chiave '{id}' non decifra questi dati: il file delle chiavi è sbagliato");
    }

    [Fact]
    public void Should_rotate_the_key_and_re_encrypt_records_and_history()
    {
        using var ws = new ClusterWorkspaceFixture();
        AddContact(ws);
        var keyFile = KeyRing.DefaultFile(ws.Directory);
        var oldId = File.ReadAllLines(keyFile).Last().Split(' ')[0];

        var result = ws.Meic("privacy", "rotate-key", "--forget-old", "--json");

        result.ExitCode.ShouldBe(0, result.ToString());
        var newId = Newtonsoft.Json.Linq.JObject.Parse(result.Out)["keyId"]!.ToString();
        newId.ShouldNotBe(oldId);
        File.ReadAllLines(keyFile).Where(l => !l.StartsWith('#')).ShouldHaveSingleItem().ShouldStartWith(newId);
        RawFileContains(ws.Database, "enc:v1:" + oldId).ShouldBeFalse();
        RawFileContains(ws.Database, "enc:v1:" + newId).ShouldBeTrue();
        ws.Meic("privacy", "export", "Amina Yusuf").Out.ShouldContain(Email);
    }

    [SkippableFact]
    public void Should_keep_sensitive_fields_encrypted_on_postgres_too()
    {
        Skip.IfNot(PostgresTestDatabase.Available, PostgresTestDatabase.SkipReason);
        using var db = new PostgresTestDatabase();
        using var keys = new TempDir("meic-keys");
        string id;
        using (var store = PostgresDocumentStore.Open(db.ConnectionString, create: true))
        {
            store.Cipher = KeyRing.For(keys.Path);
            CoreCollections.Declare(store);
            var actors = store.Collection<Actor>("actors");
            var a = actors.Insert(new Actor { Name = "Casa", Contacts = [new Contact { Name = "Amina Yusuf", Email = Email }] });
            a.Contacts[0].Phone = "+39 06 555 0101";
            actors.Update(a);
            id = a.Id;
            actors.Get(id)!.Contacts[0].Email.ShouldBe(Email);
            Should.Throw<Meic.Sdk.Errors.InputException>(() => actors.Find(("contacts[*].email", Email)));
        }
        using var raw = new NpgsqlConnection(db.ConnectionString);
        raw.Open();
        using var cmd = new NpgsqlCommand("SELECT string_agg(body::text, '') FROM documents UNION ALL SELECT string_agg(coalesce(before, '') || coalesce(after, ''), '') FROM journal", raw);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var text = reader.GetString(0);
            text.ShouldNotContain(Email);
            text.ShouldNotContain("555 0101");
            text.ShouldContain("enc:v1:");
        }
    }

    private static void AddContact(ClusterWorkspaceFixture ws)
    {
        using var store = ws.OpenStoreAsTheHostDoes();
        var actors = store.Collection<Actor>("actors");
        var actor = actors.All().First();
        actor.Contacts.Add(new Contact { Name = "Amina Yusuf", Role = "Mediatrice", Email = Email, Phone = "+39 06 555 0101" });
        actors.Update(actor);
        store.Checkpoint();
    }

    private static bool RawFileContains(string database, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return Directory.GetFiles(Path.GetDirectoryName(database)!, Path.GetFileName(database) + "*")
            .Any(f => File.ReadAllBytes(f).AsSpan().IndexOf(needle) >= 0);
    }
}
