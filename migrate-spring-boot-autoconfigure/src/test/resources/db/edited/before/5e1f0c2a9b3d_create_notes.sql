-- Create notes
--
-- Revision ID: 5e1f0c2a9b3d
-- Revises:
-- Create Date: 2026-11-21 10:00:00.000000

-- migrate:upgrade
CREATE TABLE notes (id BIGINT NOT NULL PRIMARY KEY, body VARCHAR(100));

-- migrate:downgrade
DROP TABLE notes;
