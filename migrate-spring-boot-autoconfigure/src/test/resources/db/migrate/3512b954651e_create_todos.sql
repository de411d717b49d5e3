-- Create todos
--
-- Revision ID: 3512b954651e
-- Revises:
-- Create Date: 2026-11-21 10:00:00.000000

-- migrate:upgrade
CREATE TABLE todos (id BIGINT NOT NULL PRIMARY KEY, title VARCHAR(200) NOT NULL);

-- migrate:downgrade
DROP TABLE todos;
