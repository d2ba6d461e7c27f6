namespace Meic.Store.Postgres;

/// <summary>
/// The database writes the journal itself: triggers on <c>documents</c> journal every insert, update and delete,
/// whoever makes it (this toolkit, a script, psql), under the real login, and derive each row's owning
/// organisations from the document. No role may write journal rows; erasure and key rotation rewrite bodies
/// through coordinator-only functions.
/// </summary>
internal static class PostgresJournalSql
{
    /// <summary>What meic_meta.journal holds once the triggers are in place.</summary>
    public const string Marker = "database";

    /// <summary>The journal trigger's name (disabled only while a verified copy loads its own journal).</summary>
    public const string JournalTrigger = "meic_journal_changes";

    public static IEnumerable<string> Install()
    {
        yield return "DROP TRIGGER IF EXISTS meic_documents_derive ON documents";
        yield return $"DROP TRIGGER IF EXISTS {JournalTrigger} ON documents";
        yield return "ALTER TABLE documents ADD COLUMN IF NOT EXISTS org text";
        yield return "ALTER TABLE documents ADD COLUMN IF NOT EXISTS orgs text[] NOT NULL DEFAULT '{}'";
        yield return "ALTER TABLE documents ALTER COLUMN org DROP DEFAULT";
        yield return "ALTER TABLE journal ADD COLUMN IF NOT EXISTS org text";
        yield return "ALTER TABLE journal ADD COLUMN IF NOT EXISTS orgs text[] NOT NULL DEFAULT '{}'";
        yield return "ALTER TABLE journal ALTER COLUMN org DROP DEFAULT";
        yield return "CREATE TABLE IF NOT EXISTS meic_users(login text PRIMARY KEY, role text NOT NULL, organisation text, created_at timestamptz NOT NULL DEFAULT now())";
        yield return """
            CREATE OR REPLACE FUNCTION meic_current_org() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path FROM CURRENT AS $$ SELECT organisation FROM meic_users WHERE login = session_user $$
            """;
        yield return """
            CREATE OR REPLACE FUNCTION meic_current_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path FROM CURRENT AS $$ SELECT role FROM meic_users WHERE login = session_user $$
            """;
        // Whoever has no row in meic_users is the database owner (or an administrator): their client may name the person.
        yield return """
            CREATE OR REPLACE FUNCTION meic_who() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
              SELECT CASE WHEN EXISTS (SELECT 1 FROM meic_users WHERE login = session_user) THEN session_user::text
                          ELSE coalesce(nullif(current_setting('meic.user', true), ''), session_user::text) END $$
            """;
        // The organisations a document belongs to, read from the document itself: an actor is its own; other
        // records name theirs (the referring and receiving partner of a referral, a service's provider, an action's owner…).
        yield return """
            CREATE OR REPLACE FUNCTION meic_orgs_of(c text, i text, body jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
              SELECT CASE WHEN c = 'actors' THEN ARRAY[i] ELSE coalesce(ARRAY(
                SELECT v FROM (
                  SELECT body ->> k AS v, n FROM unnest(ARRAY['actorId', 'ownerActorId', 'fromActorId', 'toActorId', 'organisation']) WITH ORDINALITY AS u(k, n)
                  UNION ALL
                  SELECT e ->> 'actorId', 10 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(body -> 'parties') = 'array' THEN body -> 'parties' ELSE '[]'::jsonb END) e
                ) x WHERE v IS NOT NULL AND v <> '' AND v NOT LIKE 'enc:v1:%' GROUP BY v ORDER BY min(n), v), '{}') END $$
            """;
        // The text of a body as the client sent it when it is the same document (so the journal keeps the exact
        // bytes the client hashes), otherwise the database's own rendering of what was stored.
        yield return """
            CREATE OR REPLACE FUNCTION meic_body_text(j jsonb) RETURNS text LANGUAGE plpgsql STABLE AS $$
            DECLARE sent text := current_setting('meic.body', true);
            BEGIN
              IF j IS NULL THEN RETURN NULL; END IF;
              IF sent IS NOT NULL AND sent <> '' THEN
                BEGIN IF sent::jsonb = j THEN RETURN sent; END IF;
                EXCEPTION WHEN others THEN NULL; END;
              END IF;
              RETURN j::text;
            END $$
            """;
        // Erasure, key rotation and retention rewrite stored bodies: coordinators (and the owner) only.
        yield return """
            CREATE OR REPLACE FUNCTION meic_may_rewrite() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
              SELECT coalesce((SELECT role = 'coordinator' FROM meic_users WHERE login = session_user), true) $$
            """;
        yield return """
            CREATE OR REPLACE FUNCTION meic_documents_before() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
            BEGIN
              IF TG_OP = 'INSERT' THEN
                -- A person's new record starts at version 1; only the owner loading a verified copy keeps versions.
                IF EXISTS (SELECT 1 FROM meic_users WHERE login = session_user) THEN NEW.version := 1; END IF;
              ELSE
                IF NEW.collection IS DISTINCT FROM OLD.collection OR NEW.id IS DISTINCT FROM OLD.id THEN
                  RAISE EXCEPTION 'a record keeps its collection and id' USING ERRCODE = '42501';
                END IF;
                NEW.version := OLD.version + 1;
              END IF;
              NEW.orgs := meic_orgs_of(NEW.collection, NEW.id, NEW.body);
              NEW.org := NEW.orgs[1];
              RETURN NEW;
            END $$
            """;
        yield return """
            CREATE OR REPLACE FUNCTION meic_documents_journal() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
            DECLARE
              t timestamptz := date_trunc('microseconds', clock_timestamp());
              rewrite boolean := coalesce(current_setting('meic.rewrite', true), '') = 'on' AND meic_may_rewrite();
              s bigint;
            BEGIN
              IF TG_OP = 'DELETE' THEN
                DELETE FROM fts WHERE collection = OLD.collection AND doc_id = OLD.id;
                INSERT INTO journal(at, who, collection, doc_id, kind, before, after, org, orgs)
                  VALUES (t, meic_who(), OLD.collection, OLD.id, 'delete', CASE WHEN rewrite THEN NULL ELSE OLD.body::text END, NULL, OLD.org, OLD.orgs)
                  RETURNING seq INTO s;
              ELSIF TG_OP = 'UPDATE' THEN
                INSERT INTO journal(at, who, collection, doc_id, kind, before, after, org, orgs)
                  VALUES (t, meic_who(), NEW.collection, NEW.id, 'update', CASE WHEN rewrite THEN NULL ELSE OLD.body::text END, meic_body_text(NEW.body), NEW.org, NEW.orgs)
                  RETURNING seq INTO s;
              ELSE
                INSERT INTO journal(at, who, collection, doc_id, kind, before, after, org, orgs)
                  VALUES (t, meic_who(), NEW.collection, NEW.id, 'insert', NULL, meic_body_text(NEW.body), NEW.org, NEW.orgs)
                  RETURNING seq INTO s;
              END IF;
              PERFORM set_config('meic.journaled', s::text || ' ' || (extract(epoch FROM t) * 1000000)::bigint::text || ' ' || meic_who(), true);
              RETURN NULL;
            END $$
            """;
        yield return "UPDATE documents SET orgs = meic_orgs_of(collection, id, body), org = (meic_orgs_of(collection, id, body))[1] WHERE orgs = '{}' AND cardinality(meic_orgs_of(collection, id, body)) > 0";
        yield return "UPDATE journal SET orgs = meic_orgs_of(collection, doc_id, coalesce(after, before)::jsonb), org = (meic_orgs_of(collection, doc_id, coalesce(after, before)::jsonb))[1] WHERE orgs = '{}'";
        yield return "CREATE TRIGGER meic_documents_derive BEFORE INSERT OR UPDATE ON documents FOR EACH ROW EXECUTE FUNCTION meic_documents_before()";
        yield return $"CREATE TRIGGER {JournalTrigger} AFTER INSERT OR UPDATE OR DELETE ON documents FOR EACH ROW EXECUTE FUNCTION meic_documents_journal()";
        // The journal is append-only for everyone but its owner; these are the only ways to change a body.
        yield return """
            CREATE OR REPLACE FUNCTION meic_journal_rewrite(s bigint, b text, a text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
            BEGIN
              IF NOT meic_may_rewrite() THEN RAISE EXCEPTION 'only a coordinator rewrites journal bodies (erasure, key rotation)' USING ERRCODE = '42501'; END IF;
              UPDATE journal SET before = b, after = a WHERE seq = s;
            END $$
            """;
        yield return """
            CREATE OR REPLACE FUNCTION meic_journal_forget(s bigint[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
            BEGIN
              IF NOT meic_may_rewrite() THEN RAISE EXCEPTION 'only a coordinator removes history (retention)' USING ERRCODE = '42501'; END IF;
              DELETE FROM journal j WHERE j.seq = ANY(s) AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.collection = j.collection AND d.id = j.doc_id);
            END $$
            """;
        yield return $"INSERT INTO meic_meta(key, value) VALUES ('journal', '{Marker}') ON CONFLICT(key) DO UPDATE SET value = '{Marker}'";
    }
}
