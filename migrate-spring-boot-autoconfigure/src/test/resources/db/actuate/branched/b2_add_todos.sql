-- Add todos
--
-- Revision ID: b2
-- Revises: a1
-- Create Date: 2026-11-21 10:01:00.000000

-- migrate:upgrade
CREATE TABLE todos (id INT PRIMARY KEY, title VARCHAR(100));

-- migrate:downgrade
DROP TABLE todos;
