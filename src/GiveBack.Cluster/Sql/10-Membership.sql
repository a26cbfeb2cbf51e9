-- Cluster membership (Microsoft.Orleans.Clustering.AdoNet).
--
-- One version row per cluster (the provider calls the ClusterId "DeploymentId"). Every change to a
-- membership row must bump that version in the same statement, and only if the caller still holds the
-- version it read: that optimistic check is what makes the membership protocol safe when several
-- silos write at once. Writes answer 1 (done) or 0 (lost the race; Orleans re-reads and retries).

CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId text        NOT NULL,
    Timestamp    timestamptz NOT NULL DEFAULT now(),
    Version      integer     NOT NULL DEFAULT 0,
    CONSTRAINT pk_orleansmembershipversiontable PRIMARY KEY (DeploymentId)
);

CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId text        NOT NULL,
    Address      text        NOT NULL,
    Port         integer     NOT NULL,
    Generation   integer     NOT NULL,
    SiloName     text        NOT NULL,
    HostName     text        NOT NULL,
    Status       integer     NOT NULL,
    ProxyPort    integer     NOT NULL DEFAULT 0,
    SuspectTimes text        NULL,
    StartTime    timestamptz NOT NULL,
    IAmAliveTime timestamptz NOT NULL,
    CONSTRAINT pk_orleansmembershiptable PRIMARY KEY (DeploymentId, Address, Port, Generation),
    -- Deleting a cluster's version row takes its silo rows with it (DeleteMembershipTableEntriesKey).
    CONSTRAINT fk_orleansmembershiptable_version FOREIGN KEY (DeploymentId)
        REFERENCES OrleansMembershipVersionTable (DeploymentId) ON DELETE CASCADE
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
(
    -- Creates the cluster's version row once; answers whether this call created it.
    'InsertMembershipVersionKey', $q$
    WITH created AS (
        INSERT INTO OrleansMembershipVersionTable (DeploymentId)
        VALUES (@DeploymentId)
        ON CONFLICT (DeploymentId) DO NOTHING
        RETURNING 1
    )
    SELECT count(*) AS Created FROM created;
    $q$
),
(
    -- Adds a silo row if the version is still @Version, then bumps the version. FOR UPDATE makes a
    -- concurrent writer wait, re-check the version after we commit, and find it moved on (answer 0).
    'InsertMembershipKey', $q$
    WITH expected AS (
        SELECT DeploymentId
        FROM OrleansMembershipVersionTable
        WHERE DeploymentId = @DeploymentId AND Version = @Version
        FOR UPDATE
    ),
    added AS (
        INSERT INTO OrleansMembershipTable
            (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
        SELECT DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
        FROM expected
        ON CONFLICT DO NOTHING
        RETURNING DeploymentId
    ),
    bumped AS (
        UPDATE OrleansMembershipVersionTable AS v
        SET Version = v.Version + 1, Timestamp = now()
        WHERE v.DeploymentId IN (SELECT DeploymentId FROM added)
        RETURNING 1
    )
    SELECT count(*) AS Inserted FROM bumped;
    $q$
),
(
    -- Same optimistic shape as the insert: change the silo row only under the expected version.
    'UpdateMembershipKey', $q$
    WITH expected AS (
        SELECT DeploymentId
        FROM OrleansMembershipVersionTable
        WHERE DeploymentId = @DeploymentId AND Version = @Version
        FOR UPDATE
    ),
    changed AS (
        UPDATE OrleansMembershipTable AS m
        SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = @IAmAliveTime
        FROM expected
        WHERE m.DeploymentId = expected.DeploymentId
          AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
        RETURNING m.DeploymentId
    ),
    bumped AS (
        UPDATE OrleansMembershipVersionTable AS v
        SET Version = v.Version + 1, Timestamp = now()
        WHERE v.DeploymentId IN (SELECT DeploymentId FROM changed)
        RETURNING 1
    )
    SELECT count(*) AS Updated FROM bumped;
    $q$
),
(
    -- The heartbeat: not versioned, by design of the protocol (Orleans ignores the result).
    'UpdateIAmAlivetimeKey', $q$
    UPDATE OrleansMembershipTable
    SET IAmAliveTime = @IAmAliveTime
    WHERE DeploymentId = @DeploymentId
      AND Address = @Address AND Port = @Port AND Generation = @Generation;
    $q$
),
(
    -- One silo's row plus the table version. The outer join still returns the version when the silo
    -- has no row (StartTime is then NULL, which the provider reads as "no entry").
    'MembershipReadRowKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
           m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable AS v
    LEFT JOIN OrleansMembershipTable AS m
        ON m.DeploymentId = v.DeploymentId
       AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
    WHERE v.DeploymentId = @DeploymentId;
    $q$
),
(
    'MembershipReadAllKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
           m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable AS v
    LEFT JOIN OrleansMembershipTable AS m ON m.DeploymentId = v.DeploymentId
    WHERE v.DeploymentId = @DeploymentId;
    $q$
),
(
    -- Silo rows go with the version row (ON DELETE CASCADE).
    'DeleteMembershipTableEntriesKey', $q$
    DELETE FROM OrleansMembershipVersionTable
    WHERE DeploymentId = @DeploymentId;
    $q$
),
(
    -- Gateways for clients: silos in the status Orleans asks for (Active) that listen for clients.
    'GatewaysQueryKey', $q$
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
    $q$
),
(
    -- Removes long-silent rows of silos that are not Active (SiloStatus.Active = 3).
    'CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status <> 3;
    $q$
)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText
WHERE OrleansQuery.QueryText IS DISTINCT FROM excluded.QueryText;
