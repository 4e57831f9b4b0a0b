-- The articles' coordinates by place, for geosearch: an R*Tree (SQLite's rtree module, built into
-- better-sqlite3) over the `coordinates` table of 0009, one box a point, whose id is the
-- coordinate's rowid. R*Tree keeps 32-bit floats rounded outwards: a search reads candidates from
-- it and the exact values from `coordinates`. Kept in step by triggers, as the FTS5 indexes are
-- (a bulk import runs the insert trigger as one statement at the end: src/db/deferred-indexes.ts).
CREATE VIRTUAL TABLE `coordinates_rtree` USING rtree(`id`, `min_lat`, `max_lat`, `min_lon`, `max_lon`);
--> statement-breakpoint
CREATE TRIGGER `coordinates_rtree_insert` AFTER INSERT ON `coordinates` BEGIN
  INSERT INTO `coordinates_rtree` (`id`, `min_lat`, `max_lat`, `min_lon`, `max_lon`)
  VALUES (new.rowid, new.`lat`, new.`lat`, new.`lon`, new.`lon`);
END;
--> statement-breakpoint
CREATE TRIGGER `coordinates_rtree_delete` AFTER DELETE ON `coordinates` BEGIN
  DELETE FROM `coordinates_rtree` WHERE `id` = old.rowid;
END;
--> statement-breakpoint
INSERT INTO `coordinates_rtree` (`id`, `min_lat`, `max_lat`, `min_lon`, `max_lon`) SELECT rowid, `lat`, `lat`, `lon`, `lon` FROM `coordinates`;
